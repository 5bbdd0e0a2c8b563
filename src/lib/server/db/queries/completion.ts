import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../client';
import { lessonProgress, quizAttempt, reflection } from '../schema';

/**
 * THE COMPLETION RULE, written once. A module is complete for a learner when
 * - every lesson of the learner's audience is read (a lesson_progress row per lesson),
 * - the quiz is passed: a submitted attempt for that module and audience with passed = true
 *   (retakes are unlimited and the best one counts, so one pass is enough), and
 * - the reflection exercise of that audience is submitted (submitted_at is set).
 * The learner's dashboard, the module pages and the trainer's group views all read it here.
 */

/** What the content asks of one module for one audience. */
export interface ModuleRequirement {
	moduleSlug: string;
	/** The audience's lessons; lessons of other audiences or removed ones never count. */
	lessonSlugs: readonly string[];
	/** The audience's reflection exercise id. */
	reflectionId: string;
}

export interface CompletionQuery {
	userIds: readonly string[];
	/** The audience of the track: which quiz attempts count (attempts store their audience). */
	audience: string;
	modules: readonly ModuleRequirement[];
}

export interface ModuleFacts {
	userId: string;
	moduleSlug: string;
	readLessons: string[];
	lessonsRead: number;
	lessonsTotal: number;
	/** Best submitted score, 0..1, or null before any submission. */
	bestScore: number | null;
	quizPassed: boolean;
	quizStarted: boolean;
	/** Submitted attempts. */
	quizAttempts: number;
	reflectionSubmitted: boolean;
	reflectionStarted: boolean;
	complete: boolean;
	lastActivityAt: Date | null;
}

export function isModuleComplete(
	facts: Pick<ModuleFacts, 'lessonsRead' | 'lessonsTotal' | 'quizPassed' | 'reflectionSubmitted'>
): boolean {
	return facts.lessonsRead >= facts.lessonsTotal && facts.quizPassed && facts.reflectionSubmitted;
}

/** One (learner, module) as the statement returns it: compact, so the JSON stays small. */
type FactTuple = [
	userIndex: number,
	moduleIndex: number,
	readLessons: string[] | null,
	bestScore: number | null,
	quizPassed: boolean,
	quizAttempts: number,
	quizStarted: boolean,
	reflectionSubmitted: boolean,
	reflectionStarted: boolean,
	lastActivityMs: number | null
];

/**
 * Facts for every learner × module asked for, in that order (learners outer, modules inner), in
 * ONE statement whatever the number of learners: no per-learner round trips. PostgreSQL does the
 * grouping and returns the whole answer as one JSON value, which costs the server far less to
 * read than a row per learner and module (the trainer's overview reads 150 × 8 of them).
 */
export async function completionFacts(
	db: Database,
	query: CompletionQuery
): Promise<ModuleFacts[]> {
	const { userIds, audience, modules } = query;
	if (userIds.length === 0 || modules.length === 0) return [];
	const required = JSON.stringify(
		modules.map((m, index) => ({
			position: index,
			module_slug: m.moduleSlug,
			lessons: m.lessonSlugs,
			exercise_id: m.reflectionId
		}))
	);
	const result = await db.execute(sql`
		with req as (
			select * from jsonb_to_recordset(${required}::jsonb)
				as r(position int, module_slug text, lessons text[], exercise_id text)
		), people as (
			select value as user_id, ord::int - 1 as position
			from jsonb_array_elements_text(${JSON.stringify(userIds)}::jsonb) with ordinality as u(value, ord)
		), lessons as (
			-- "= any(array(…))", not "in (select …)": PostgreSQL then looks the learners up in
			-- each table's index (a join with the JSON rows was planned as a scan of the table).
			select lp.user_id, lp.module_slug, max(lp.read_at) as last_at,
				array_agg(lp.lesson_slug order by array_position(req.lessons, lp.lesson_slug)) as read
			from ${lessonProgress} lp
			join req on req.module_slug = lp.module_slug and lp.lesson_slug = any(req.lessons)
			where lp.user_id = any(array(select user_id from people))
			group by lp.user_id, lp.module_slug
		), quiz as (
			select qa.user_id, qa.module_slug,
				max(qa.points::float8 / nullif(qa.max_points, 0)) filter (where qa.status = 'submitted') as best,
				coalesce(bool_or(qa.passed) filter (where qa.status = 'submitted'), false) as passed,
				(count(*) filter (where qa.status = 'submitted'))::int as attempts,
				greatest(max(qa.started_at), max(qa.submitted_at)) as last_at
			from ${quizAttempt} qa
			where qa.user_id = any(array(select user_id from people))
				and qa.module_slug in (select module_slug from req)
				and qa.audience = ${audience}
			group by qa.user_id, qa.module_slug
		), refl as (
			select r.user_id, req.module_slug, r.submitted_at, r.updated_at
			from ${reflection} r
			join req on req.exercise_id = r.exercise_id
			where r.user_id = any(array(select user_id from people))
		)
		select coalesce(json_agg(json_build_array(
			p.position, req.position, l.read, q.best, coalesce(q.passed, false),
			coalesce(q.attempts, 0), q.user_id is not null, f.submitted_at is not null,
			f.user_id is not null,
			floor(extract(epoch from greatest(l.last_at, q.last_at, f.updated_at)) * 1000)
		) order by p.position, req.position), '[]') as facts
		from people p cross join req
		left join lessons l on l.user_id = p.user_id and l.module_slug = req.module_slug
		left join quiz q on q.user_id = p.user_id and q.module_slug = req.module_slug
		left join refl f on f.user_id = p.user_id and f.module_slug = req.module_slug`);
	const tuples = (rowsOf(result)[0]?.facts ?? []) as FactTuple[];
	return tuples.map((t): ModuleFacts => {
		const module = modules[t[1]]!;
		const readLessons = t[2] ?? [];
		const lessonsTotal = module.lessonSlugs.length;
		return {
			userId: userIds[t[0]]!,
			moduleSlug: module.moduleSlug,
			readLessons,
			lessonsRead: readLessons.length,
			lessonsTotal,
			bestScore: t[3],
			quizPassed: t[4],
			quizStarted: t[6],
			quizAttempts: t[5],
			reflectionSubmitted: t[7],
			reflectionStarted: t[8],
			complete: isModuleComplete({
				lessonsRead: readLessons.length,
				lessonsTotal,
				quizPassed: t[4],
				reflectionSubmitted: t[7]
			}),
			lastActivityAt: t[9] === null ? null : new Date(t[9])
		};
	});
}
