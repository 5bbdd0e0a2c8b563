import {
	and,
	asc,
	eq,
	inArray,
	isNull,
	max,
	ne,
	notExists,
	notInArray,
	or,
	sql,
	type SQL
} from 'drizzle-orm';
import { rowsOf, type Database } from '../client';
import { activity, cohortMember, quizAnswer, quizAttempt, reflection, user } from '../schema';

// Set-based reads for the trainer's group overview and exports: one query per question for the
// whole group (or one page of it), never one per learner. Every read that touches learner work
// is limited to the group's track: its module slugs, and its audience where a row records one.

/** What of a learner's work a group may see. */
export interface TrackScope {
	cohortId: string;
	trackId: string;
	audience: string;
	moduleSlugs: readonly string[];
	/** The track audience's reflection exercise ids. */
	exerciseIds: readonly string[];
}

/**
 * Activity that belongs to the group's track: events in its modules, joining this group and
 * enrolling in its track. Modules are shared between tracks, so quiz and reflection events are
 * also checked against the record they name: an attempt in the other audience, or a reflection
 * on the other track's exercise, is the other track's work and never shows here.
 */
export function activityInScope(db: Database, scope: TrackScope): SQL {
	const inModules = scope.moduleSlugs.length
		? inArray(activity.moduleSlug, [...scope.moduleSlugs])
		: sql`false`;
	// Top-level NOT EXISTS with the event kind inside: PostgreSQL plans these as anti-joins on the
	// primary keys, so only the group's own events are looked up (a NOT around AND EXISTS became
	// a hashed subplan that read every attempt and reflection of the institution).
	const otherAttempt = notExists(
		db
			.select({ one: sql`1` })
			.from(quizAttempt)
			.where(
				and(
					eq(quizAttempt.id, activity.subject),
					inArray(activity.kind, ['quiz-started', 'quiz-submitted']),
					ne(quizAttempt.audience, scope.audience)
				)
			)
	);
	const exerciseIds = scope.exerciseIds.length ? [...scope.exerciseIds] : [''];
	const otherReflection = notExists(
		db
			.select({ one: sql`1` })
			.from(reflection)
			.where(
				and(
					eq(reflection.id, activity.subject),
					eq(activity.kind, 'reflection-submitted'),
					notInArray(reflection.exerciseId, exerciseIds)
				)
			)
	);
	const inTrack =
		or(
			inModules,
			and(eq(activity.kind, 'cohort-joined'), eq(activity.subject, scope.cohortId)),
			and(eq(activity.kind, 'track-enrolled'), eq(activity.subject, scope.trackId))
		) ?? inModules;
	return and(inTrack, otherAttempt, otherReflection) ?? inTrack;
}

/**
 * Events whose time the completion facts already carry, each scoped by the record itself
 * (attempts by audience, reflections by exercise): `lastOtherActivityOf` leaves them out, so it
 * never has to look up the record an event names.
 */
const DATED_BY_FACTS = ['quiz-started', 'quiz-submitted', 'reflection-submitted'];

/**
 * The latest in-scope activity per learner besides what the completion facts date: lessons read,
 * review answers, replies and check-ins in the track's modules, joining the group and enrolling
 * in its track. The learner's last activity is the later of this and the facts' own
 * (`buildRow` takes both). Learners without any such event are absent from the map.
 */
export async function lastOtherActivityOf(
	db: Database,
	userIds: readonly string[],
	scope: TrackScope
): Promise<Map<string, Date>> {
	if (userIds.length === 0) return new Map();
	const rows = await db
		.select({ userId: activity.userId, at: max(activity.at) })
		.from(activity)
		.where(
			and(
				inArray(activity.userId, [...userIds]),
				notInArray(activity.kind, DATED_BY_FACTS),
				or(
					scope.moduleSlugs.length
						? inArray(activity.moduleSlug, [...scope.moduleSlugs])
						: undefined,
					and(eq(activity.kind, 'cohort-joined'), eq(activity.subject, scope.cohortId)),
					and(eq(activity.kind, 'track-enrolled'), eq(activity.subject, scope.trackId))
				)
			)
		)
		.groupBy(activity.userId);
	const found = new Map<string, Date>();
	for (const row of rows) if (row.at) found.set(row.userId, row.at);
	return found;
}

export interface MemberRow {
	id: string;
	name: string;
	email: string;
	joinedAt: Date;
}

/**
 * One page of the group's active learners in name order, after the last one of the previous
 * page (keyset paging: each page costs the same, however far into the group).
 */
export async function memberPage(
	db: Database,
	cohortId: string,
	after: { name: string; id: string } | null,
	limit: number
): Promise<MemberRow[]> {
	return db
		.select({ id: user.id, name: user.name, email: user.email, joinedAt: cohortMember.joinedAt })
		.from(cohortMember)
		.innerJoin(user, eq(user.id, cohortMember.userId))
		.where(
			and(
				eq(cohortMember.cohortId, cohortId),
				isNull(cohortMember.removedAt),
				after ? sql`(${user.name}, ${user.id}) > (${after.name}, ${after.id})` : undefined
			)
		)
		.orderBy(asc(user.name), asc(user.id))
		.limit(limit);
}

export interface ItemTally {
	itemId: string;
	moduleSlug: string;
	/** Learners whose first submitted attempt at the module asked this item. */
	firstAnswers: number;
	firstCorrect: number;
	/** Answers over all submitted attempts. */
	answers: number;
	correct: number;
	/** Wrong answers given with confidence "zeker". */
	confidentWrong: number;
}

/**
 * Per quiz item, over the group's active learners' submitted attempts in the track's audience:
 * how the first attempt went and how all attempts went. One aggregate query for the group.
 */
export async function itemTallies(db: Database, scope: TrackScope): Promise<ItemTally[]> {
	if (scope.moduleSlugs.length === 0) return [];
	const attempts = db.$with('group_attempt').as(
		db
			.select({
				id: quizAttempt.id,
				moduleSlug: quizAttempt.moduleSlug,
				rank: sql<number>`row_number() over (partition by ${quizAttempt.userId}, ${quizAttempt.moduleSlug} order by ${quizAttempt.submittedAt}, ${quizAttempt.id})`.as(
					'rank'
				)
			})
			.from(quizAttempt)
			.innerJoin(
				cohortMember,
				and(
					eq(cohortMember.userId, quizAttempt.userId),
					eq(cohortMember.cohortId, scope.cohortId),
					isNull(cohortMember.removedAt)
				)
			)
			.where(
				and(
					eq(quizAttempt.status, 'submitted'),
					eq(quizAttempt.audience, scope.audience),
					inArray(quizAttempt.moduleSlug, [...scope.moduleSlugs])
				)
			)
	);
	const first = sql`${attempts.rank} = 1`;
	return db
		.with(attempts)
		.select({
			itemId: quizAnswer.itemId,
			moduleSlug: attempts.moduleSlug,
			firstAnswers: sql<number>`(count(*) filter (where ${first}))::int`,
			firstCorrect: sql<number>`(count(*) filter (where ${first} and ${quizAnswer.correct}))::int`,
			answers: sql<number>`count(*)::int`,
			correct: sql<number>`(count(*) filter (where ${quizAnswer.correct}))::int`,
			confidentWrong: sql<number>`(count(*) filter (where not ${quizAnswer.correct} and ${quizAnswer.confidence} = 'zeker'))::int`
		})
		.from(quizAnswer)
		.innerJoin(attempts, eq(attempts.id, quizAnswer.attemptId))
		.groupBy(quizAnswer.itemId, attempts.moduleSlug);
}

/**
 * Row count and the sum of the rows' `xmin` (the transaction that wrote each row version) of the
 * members' rows in one table, found by the column that names the member.
 */
const versionOf = (table: string, member = 'user_id') =>
	sql.raw(
		`(select count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) from "${table}" where ${member} = any(g.ids))`
	);

/**
 * Activity is a log: rows are only ever added (and deleted with their user, which also deletes
 * the membership). Its count alone changes with every event, and counting can use the index
 * without reading each row: a learner's history grows with every lesson and review.
 */
const activityCount = sql.raw(`(select count(*) from "activity" where user_id = any(g.ids))`);

/**
 * A fingerprint of everything the group overview reads: the group's membership rows, and its
 * members' user rows, lessons read, quiz attempts, reflections and activity. Every insert, update
 * and delete of such a row changes it: a new row version carries a new transaction id (`xmin`,
 * which PostgreSQL clients commonly use as a concurrency token) and a delete lowers the count;
 * the activity log, which only grows, is counted.
 * It costs PostgreSQL a visit to those rows, without the sorting, grouping and JSON of the real
 * read, and returns one short text.
 */
export async function groupFingerprint(db: Database, cohortId: string): Promise<string> {
	const result = await db.execute(sql`
		with g as (
			select array_agg(user_id) as ids,
				count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) as members
			from ${cohortMember} where ${cohortMember.cohortId} = ${cohortId}
		)
		select concat_ws(' ', g.members, ${versionOf('user', 'id')}, ${versionOf('lesson_progress')},
			${versionOf('quiz_attempt')}, ${versionOf('reflection')}, ${activityCount}
		) as fingerprint
		from g`);
	return String(rowsOf(result)[0]?.fingerprint ?? '');
}
