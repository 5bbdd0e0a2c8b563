import type { Database } from '../../src/lib/server/db/client';
import { lessonProgress, quizAttempt, reflection } from '../../src/lib/server/db/schema';
import type { Role } from '../../src/lib/roles';
import { insertTestUser } from './builders';

// Small builders for learner work, written straight into the tables, so the completion and
// enrolment tests state exactly which rows exist. Passwords do not matter here.

let counter = 0;
const next = () => `${Date.now().toString(36)}-${++counter}`;

export function makeUser(db: Database, role: Role = 'learner'): Promise<string> {
	return insertTestUser(db, { role });
}

export async function readLessons(
	db: Database,
	userId: string,
	moduleSlug: string,
	slugs: string[],
	at: Date
) {
	for (const lessonSlug of slugs) {
		await db.insert(lessonProgress).values({ userId, moduleSlug, lessonSlug, readAt: at });
	}
}

export async function attempt(
	db: Database,
	input: {
		userId: string;
		moduleSlug: string;
		score?: number;
		passed?: boolean;
		at: Date;
		audience?: string;
		open?: boolean;
	}
) {
	const open = input.open ?? false;
	await db.insert(quizAttempt).values({
		id: `a-${next()}`,
		userId: input.userId,
		moduleSlug: input.moduleSlug,
		audience: input.audience ?? 'leraar',
		contentVersion: 'test',
		itemIds: ['x-01'],
		status: open ? 'open' : 'submitted',
		startedAt: input.at,
		submittedAt: open ? null : input.at,
		points: open ? null : (input.score ?? 0) * 10,
		maxPoints: open ? null : 10,
		passed: open ? null : (input.passed ?? false)
	});
}

export async function reflect(
	db: Database,
	input: { userId: string; moduleSlug: string; exerciseId: string; submitted: boolean; at: Date }
) {
	await db.insert(reflection).values({
		id: `r-${next()}`,
		userId: input.userId,
		moduleSlug: input.moduleSlug,
		exerciseId: input.exerciseId,
		draft: { situatie: 'Een moment in de klas.' },
		updatedAt: input.at,
		submittedAt: input.submitted ? input.at : null
	});
}
