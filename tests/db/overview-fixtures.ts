import { insertTestUser } from './builders';
import type { Database } from '../../src/lib/server/db/client';
import { recordActivity, type ActivityKind } from '../../src/lib/server/db/queries/activity';
import { addMember, insertCohort } from '../../src/lib/server/db/queries/cohorts';
import {
	cohortMember,
	lessonProgress,
	quizAnswer,
	quizAttempt,
	reflection,
	reflectionVersion,
	reviewItem,
	type Cohort
} from '../../src/lib/server/db/schema';
import { getCourse } from '../../src/lib/server/content';
import { and, eq } from 'drizzle-orm';

// Builders for the overview and export tests: rows written straight into the learner tables,
// so each test states exactly which work exists, in which track and when.

let counter = 0;
const next = () => `${Date.now().toString(36)}-${++counter}`;

export const course = () => getCourse();
export const lessonsOf = (moduleSlug: string, audience: 'leraar' | 'ondersteuner' = 'leraar') =>
	course()
		.lessonsFor(moduleSlug, audience)
		.map((l) => l.slug);
export const itemsOf = (moduleSlug: string, audience: 'leraar' | 'ondersteuner' = 'leraar') =>
	course()
		.itemsFor(moduleSlug, audience)
		.map((i) => i.id);

export function person(db: Database, name: string, role: 'learner' | 'trainer' = 'learner') {
	return insertTestUser(db, { name, role });
}

export async function group(
	db: Database,
	ownerId: string,
	values: Partial<Pick<Cohort, 'trackId' | 'startsOn' | 'endsOn' | 'name'>> = {}
): Promise<Cohort> {
	return insertCohort(db, {
		id: `g-${next()}`,
		name: values.name ?? 'Pabo 2 – groep A',
		trackId: values.trackId ?? 'leraar',
		joinCode: `C${next()}`.toUpperCase(),
		startsOn: values.startsOn ?? null,
		endsOn: values.endsOn ?? null,
		ownerId
	});
}

export async function join(db: Database, cohortId: string, userId: string, at: Date) {
	await addMember(db, cohortId, userId, at);
}

export async function leave(db: Database, cohortId: string, userId: string, at: Date) {
	await db
		.update(cohortMember)
		.set({ removedAt: at })
		.where(and(eq(cohortMember.cohortId, cohortId), eq(cohortMember.userId, userId)));
}

export async function read(
	db: Database,
	userId: string,
	moduleSlug: string,
	slugs: string[],
	at: Date
) {
	for (const lessonSlug of slugs) {
		await db.insert(lessonProgress).values({ userId, moduleSlug, lessonSlug, readAt: at });
		await act(db, userId, 'lesson-read', at, moduleSlug, lessonSlug);
	}
}

export async function act(
	db: Database,
	userId: string,
	kind: ActivityKind,
	at: Date,
	moduleSlug?: string,
	subject?: string
) {
	await recordActivity(db, { userId, kind, at, moduleSlug, subject });
}

/** A submitted attempt; `answers` maps item ids to right/wrong and confidence. */
export async function quiz(
	db: Database,
	input: {
		userId: string;
		moduleSlug: string;
		score: number;
		passed: boolean;
		at: Date;
		audience?: 'leraar' | 'ondersteuner';
		answers?: Record<string, { correct: boolean; confidence?: 'zeker' | 'twijfel' | 'gok' }>;
	}
) {
	const id = `a-${next()}`;
	const answers = Object.entries(input.answers ?? {});
	await db.insert(quizAttempt).values({
		id,
		userId: input.userId,
		moduleSlug: input.moduleSlug,
		audience: input.audience ?? 'leraar',
		contentVersion: 'test',
		itemIds: answers.length ? answers.map(([itemId]) => itemId) : ['x-01'],
		status: 'submitted',
		startedAt: input.at,
		submittedAt: input.at,
		points: input.score * 10,
		maxPoints: 10,
		passed: input.passed
	});
	if (answers.length) {
		await db.insert(quizAnswer).values(
			answers.map(([itemId, a]) => ({
				attemptId: id,
				itemId,
				response: 'a',
				score: a.correct ? 1 : 0,
				correct: a.correct,
				confidence: a.confidence ?? null
			}))
		);
	}
	await act(db, input.userId, 'quiz-submitted', input.at, input.moduleSlug, id);
	return id;
}

export async function reflect(
	db: Database,
	input: { userId: string; moduleSlug: string; exerciseId: string; at: Date; versions?: number }
) {
	const id = `r-${next()}`;
	const versions = input.versions ?? 1;
	await db.insert(reflection).values({
		id,
		userId: input.userId,
		moduleSlug: input.moduleSlug,
		exerciseId: input.exerciseId,
		draft: { situatie: 'Een moment in de klas.' },
		updatedAt: input.at,
		submittedAt: versions > 0 ? input.at : null
	});
	for (let v = 1; v <= versions; v++) {
		await db.insert(reflectionVersion).values({
			id: `${id}-v${v}`,
			reflectionId: id,
			version: v,
			fields: { situatie: `Versie ${v}` },
			contentVersion: 'test',
			submittedAt: input.at
		});
	}
	if (versions > 0)
		await act(db, input.userId, 'reflection-submitted', input.at, input.moduleSlug, id);
	return id;
}

export async function review(
	db: Database,
	input: { userId: string; itemId: string; moduleSlug: string; box: number; dueAt: Date }
) {
	await db.insert(reviewItem).values({
		...input,
		confidentError: false,
		lastAnsweredAt: input.dueAt
	});
}

/** Completes a module in the leraar track: every lesson, a pass and a reflection. */
export async function complete(db: Database, userId: string, moduleSlug: string, at: Date) {
	await read(db, userId, moduleSlug, lessonsOf(moduleSlug), at);
	await quiz(db, { userId, moduleSlug, score: 0.8, passed: true, at });
	await reflect(db, { userId, moduleSlug, exerciseId: `${moduleSlug}-reflectie-leraar`, at });
}
