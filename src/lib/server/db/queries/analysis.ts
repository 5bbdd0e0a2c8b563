import { and, asc, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { cohortMember, quizAttempt } from '../schema';
import { answersOfAttempts } from './quiz';

// First attempts of a group's learners, gathered set-based: one DISTINCT ON per learner (and
// module), never a query per learner. "First" is the earliest submitted attempt; open attempts
// never count. Only active members count: a removed learner leaves the group's numbers.

function firstAttempts(
	db: Database,
	input: { cohortId: string; audience: string },
	modules: SQL | undefined
) {
	return db
		.selectDistinctOn([quizAttempt.userId, quizAttempt.moduleSlug], {
			id: quizAttempt.id,
			userId: quizAttempt.userId,
			moduleSlug: quizAttempt.moduleSlug,
			points: quizAttempt.points,
			maxPoints: quizAttempt.maxPoints,
			passed: quizAttempt.passed
		})
		.from(quizAttempt)
		.innerJoin(
			cohortMember,
			and(
				eq(cohortMember.userId, quizAttempt.userId),
				eq(cohortMember.cohortId, input.cohortId),
				isNull(cohortMember.removedAt)
			)
		)
		.where(
			and(eq(quizAttempt.audience, input.audience), eq(quizAttempt.status, 'submitted'), modules)
		)
		.orderBy(
			quizAttempt.userId,
			quizAttempt.moduleSlug,
			asc(quizAttempt.submittedAt),
			asc(quizAttempt.id)
		);
}

export interface FirstAnswerRow {
	attemptId: string;
	userId: string;
	points: number;
	itemId: string;
	response: unknown;
	score: number;
	correct: boolean;
	confidence: 'zeker' | 'twijfel' | 'gok' | null;
}

/**
 * Every answer of every active member's first submitted attempt at one module's quiz. Two steps
 * on purpose: the first attempts (one per learner), then their answers by primary key. As one
 * join, the planner misjudged DISTINCT ON's row count and hashed the whole quiz_answer table.
 */
export async function firstAttemptAnswers(
	db: Database,
	input: { cohortId: string; moduleSlug: string; audience: string }
): Promise<FirstAnswerRow[]> {
	const firsts = await firstAttempts(db, input, eq(quizAttempt.moduleSlug, input.moduleSlug));
	if (firsts.length === 0) return [];
	const byId = new Map(firsts.map((f) => [f.id, f]));
	const answers = await answersOfAttempts(db, [...byId.keys()]);
	return answers.map((answer) => {
		const attempt = byId.get(answer.attemptId);
		return { ...answer, userId: attempt?.userId ?? '', points: attempt?.points ?? 0 };
	});
}

export interface FirstAttemptSummary {
	moduleSlug: string;
	/** Active members with a submitted first attempt. */
	learners: number;
	/** Mean share of the points on the first attempt, 0..1. */
	meanShare: number | null;
	/** First attempts that met the pass mark. */
	passed: number;
}

/** Per module: how many active members made a first attempt, their mean, and how many passed. */
export async function firstAttemptSummaries(
	db: Database,
	input: { cohortId: string; audience: string; moduleSlugs: string[] }
): Promise<FirstAttemptSummary[]> {
	if (input.moduleSlugs.length === 0) return [];
	const firsts = db
		.$with('firsts')
		.as(firstAttempts(db, input, inArray(quizAttempt.moduleSlug, input.moduleSlugs)));
	return db
		.with(firsts)
		.select({
			moduleSlug: firsts.moduleSlug,
			learners: sql<number>`count(*)::int`,
			meanShare: sql<number | null>`avg(${firsts.points} / nullif(${firsts.maxPoints}, 0))::float8`,
			passed: sql<number>`(count(*) filter (where ${firsts.passed}))::int`
		})
		.from(firsts)
		.groupBy(firsts.moduleSlug);
}

export async function countActiveMembers(db: Database, cohortId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(cohortMember)
		.where(and(eq(cohortMember.cohortId, cohortId), isNull(cohortMember.removedAt)));
	return row?.n ?? 0;
}
