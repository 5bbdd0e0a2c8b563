import { and, asc, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { FirstAttempt } from '../../../analysis/types';
import { rowsOf, type Database } from '../client';
import { cohortMember, quizAnswer, quizAttempt } from '../schema';

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

/**
 * Every active member's first submitted attempt at one module's quiz, with its answers, in one
 * statement that returns the whole answer as one JSON value (500 learners × 10 answers read as
 * rows cost the server ~45 ms of CPU, mostly mapping rows and parsing each response). The
 * answers are looked up per first attempt by primary key: as a join, the planner misjudged
 * DISTINCT ON's row count and hashed the whole quiz_answer table.
 */
export async function firstAttemptsWithAnswers(
	db: Database,
	input: { cohortId: string; moduleSlug: string; audience: string }
): Promise<FirstAttempt[]> {
	const firsts = firstAttempts(db, input, eq(quizAttempt.moduleSlug, input.moduleSlug));
	const result = await db.execute(sql`
		select coalesce(json_agg(json_build_object(
			'userId', f.user_id,
			'points', f.points,
			'answers', (
				select coalesce(json_agg(json_build_object(
					'itemId', a.item_id, 'response', a.response, 'score', a.score,
					'correct', a.correct, 'confidence', a.confidence
				)), '[]')
				from ${quizAnswer} a where a.attempt_id = f.id
			)
		)), '[]') as attempts
		from (${firsts}) f`);
	return (rowsOf(result)[0]?.attempts ?? []) as FirstAttempt[];
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
