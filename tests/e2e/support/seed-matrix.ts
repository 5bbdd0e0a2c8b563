// Fixtures for the generated access matrix: a group with one learner who has submitted a
// reflection, under fixed ids, so every trainer route has real parameters to be refused with.
import { eq } from 'drizzle-orm';
import type { Database } from '../../../src/lib/server/db/client';
import { registerUser } from '../../../src/lib/server/auth/accounts';
import { addMember, insertCohort } from '../../../src/lib/server/db/queries/cohorts';
import { enrol } from '../../../src/lib/server/db/queries/enrolment';
import { reflection, reflectionVersion, user } from '../../../src/lib/server/db/schema';

export const MATRIX = {
	cohortId: 'e2e-matrix',
	learnerId: 'e2e-matrix-learner',
	reflectionId: 'e2e-matrix-reflection',
	moduleSlug: 'functies',
	trackSlug: 'ondersteuners-effectief-inzetten'
} as const;

export async function seedMatrix(db: Database, ownerId: string) {
	const now = new Date();
	await insertCohort(db, {
		id: MATRIX.cohortId,
		name: 'Matrixgroep',
		trackId: 'leraar',
		joinCode: 'MTRX-2345',
		ownerId
	});
	const created = await registerUser(db, {
		email: 'matrix@e2e.test',
		name: 'Mats Matrix',
		password: 'zes egels onder de heg'
	});
	if (!created.ok) throw new Error(created.reason);
	await db.update(user).set({ id: MATRIX.learnerId }).where(eq(user.id, created.user.id));
	await addMember(db, MATRIX.cohortId, MATRIX.learnerId, now);
	await enrol(db, MATRIX.learnerId, 'leraar', now);
	const fields = { situatie: 'Een moment met de onderwijsassistent in groep 5.' };
	await db.insert(reflection).values({
		id: MATRIX.reflectionId,
		userId: MATRIX.learnerId,
		moduleSlug: MATRIX.moduleSlug,
		exerciseId: 'functies-reflectie-leraar',
		draft: fields,
		sequence: 1,
		submittedAt: now
	});
	await db.insert(reflectionVersion).values({
		id: `${MATRIX.reflectionId}-v1`,
		reflectionId: MATRIX.reflectionId,
		version: 1,
		fields,
		contentVersion: 'e2e',
		submittedAt: now
	});
}
