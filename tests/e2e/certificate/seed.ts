// Certificate fixtures for the e2e server, seeded by tests/e2e/support/server.ts before it starts.
// The e2e tests cannot write to the server's database, and finishing a whole track through the
// browser would take minutes, so the issued certificates and a reflection are inserted here.
import { registerUser } from '../../../src/lib/server/auth/accounts';
import type { Database } from '../../../src/lib/server/db/client';
import { insertCertificate } from '../../../src/lib/server/db/queries/certificates';
import { enrol } from '../../../src/lib/server/db/queries/enrolment';
import { findUserByEmail } from '../../../src/lib/server/db/queries/users';
import {
	reflection,
	reflectionFeedback,
	reflectionVersion
} from '../../../src/lib/server/db/schema';
import { E2E_USERS } from '../support/users';

export const CERT_CODES = {
	/** E2E_USERS.learner's certificate, for the public verification page. */
	learner: 'CERT-2345-ABCD',
	done: 'CERT-3456-BCDE',
	/** A well-formed code that no certificate has. */
	unknown: 'ABCD-EFGH-JKMN'
} as const;

export const CERT_USERS = {
	/** Enrolled in the teacher track, nothing done yet. */
	busy: {
		email: 'nogbezig@e2e.test',
		name: 'Noor Nogbezig',
		password: 'acht egels onder de heg',
		role: 'learner'
	},
	/** Holds the assistant track's certificate and a reflection with feedback. */
	done: {
		email: 'klaar@e2e.test',
		name: 'Ĳsbrand Ëlsé van Dĳk',
		password: 'negen uilen in de schuur',
		role: 'learner'
	}
} as const;

export async function seedCertificateFixtures(db: Database) {
	const learner = await findUserByEmail(db, E2E_USERS.learner.email);
	if (!learner) throw new Error('seed the e2e users before the certificates');
	await insertCertificate(db, {
		id: 'e2e-cert-learner',
		userId: learner.id,
		trackId: 'leraar',
		verificationCode: CERT_CODES.learner,
		holderName: learner.name,
		studyMinutes: 385,
		issuedAt: new Date('2026-06-15T10:00:00Z')
	});
	const ids: Record<string, string> = {};
	for (const [key, user] of Object.entries(CERT_USERS)) {
		const result = await registerUser(db, user);
		if (!result.ok) throw new Error(`Seeding ${user.email} failed: ${result.reason}`);
		ids[key] = result.user.id;
	}
	const [busy, done] = [ids.busy!, ids.done!];
	await enrol(db, busy, 'leraar', new Date('2026-09-01T08:00:00Z'));
	await enrol(db, done, 'ondersteuner', new Date('2026-09-01T08:00:00Z'));
	await insertCertificate(db, {
		id: 'e2e-cert-done',
		userId: done,
		trackId: 'ondersteuner',
		verificationCode: CERT_CODES.done,
		holderName: CERT_USERS.done.name,
		studyMinutes: 375,
		issuedAt: new Date('2026-11-20T14:00:00Z')
	});
	await db.insert(reflection).values({
		id: 'e2e-cert-reflection',
		userId: done,
		moduleSlug: 'functies',
		exerciseId: 'functies-reflectie-ondersteuner',
		draft: {},
		submittedAt: new Date('2026-10-01T12:00:00Z')
	});
	await db.insert(reflectionVersion).values({
		id: 'e2e-cert-reflection-v1',
		reflectionId: 'e2e-cert-reflection',
		version: 1,
		fields: {
			situatie: 'Ik werkte in groep 4 met ≥ 3 leerlingen aan ‘lezen’ – één keer per week.'
		},
		contentVersion: 'e2e',
		submittedAt: new Date('2026-10-01T12:00:00Z')
	});
	await db.insert(reflectionFeedback).values({
		id: 'e2e-cert-feedback',
		versionId: 'e2e-cert-reflection-v1',
		trainerId: null,
		goal: 'Je beschrijft de situatie duidelijk.',
		progress: 'Je noemt wat je deed.',
		nextStep: 'Vraag de leraar om feedback.',
		createdAt: new Date('2026-10-02T09:00:00Z')
	});
}
