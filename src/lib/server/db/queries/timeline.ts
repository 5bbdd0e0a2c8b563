import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import {
	activity,
	cohortMember,
	quizAttempt,
	reflection,
	reflectionVersion,
	reviewItem,
	user
} from '../schema';
import { activityInScope, type MemberRow, type TrackScope } from './overview';
import { answersOfAttempts } from './quiz';

// One learner's work as a trainer of one group may see it. Every query is limited to the
// group's track: its module slugs, its audience's attempts, its audience's reflection exercises.
// Reflection drafts never appear here: only what the learner has submitted.

/** The learner, only while an active member of the group; anyone else is as good as absent. */
export async function activeMember(
	db: Database,
	cohortId: string,
	userId: string
): Promise<MemberRow | undefined> {
	const rows = await db
		.select({ id: user.id, name: user.name, email: user.email, joinedAt: cohortMember.joinedAt })
		.from(cohortMember)
		.innerJoin(user, eq(user.id, cohortMember.userId))
		.where(
			and(
				eq(cohortMember.cohortId, cohortId),
				eq(cohortMember.userId, userId),
				isNull(cohortMember.removedAt)
			)
		)
		.limit(1);
	return rows[0];
}

/** The newest in-scope events (see `activityInScope` for what belongs to the track). */
export async function timelineOf(db: Database, userId: string, scope: TrackScope, limit: number) {
	return db
		.select({
			at: activity.at,
			kind: activity.kind,
			moduleSlug: activity.moduleSlug,
			subject: activity.subject
		})
		.from(activity)
		.where(and(eq(activity.userId, userId), activityInScope(db, scope)))
		.orderBy(desc(activity.at), desc(activity.id))
		.limit(limit);
}

export type TimelineRow = Awaited<ReturnType<typeof timelineOf>>[number];

/** Submitted attempts in the track's modules and audience, newest first, with their answers. */
export async function attemptsOf(db: Database, userId: string, scope: TrackScope) {
	if (scope.moduleSlugs.length === 0) return [];
	const attempts = await db
		.select({
			id: quizAttempt.id,
			moduleSlug: quizAttempt.moduleSlug,
			itemIds: quizAttempt.itemIds,
			submittedAt: quizAttempt.submittedAt,
			points: quizAttempt.points,
			maxPoints: quizAttempt.maxPoints,
			passed: quizAttempt.passed
		})
		.from(quizAttempt)
		.where(
			and(
				eq(quizAttempt.userId, userId),
				eq(quizAttempt.status, 'submitted'),
				eq(quizAttempt.audience, scope.audience),
				inArray(quizAttempt.moduleSlug, [...scope.moduleSlugs])
			)
		)
		.orderBy(desc(quizAttempt.submittedAt), desc(quizAttempt.id));
	if (attempts.length === 0) return [];
	const answers = await answersOfAttempts(
		db,
		attempts.map((a) => a.id)
	);
	const byAttempt = new Map<string, typeof answers>();
	for (const answer of answers) {
		const own = byAttempt.get(answer.attemptId) ?? [];
		own.push(answer);
		byAttempt.set(answer.attemptId, own);
	}
	return attempts.map((a) => ({ ...a, answers: byAttempt.get(a.id) ?? [] }));
}

/** Submitted reflections on the track's exercises, with every submitted version (no texts). */
export async function reflectionsOf(db: Database, userId: string, exerciseIds: readonly string[]) {
	if (exerciseIds.length === 0) return [];
	const rows = await db
		.select({
			id: reflection.id,
			moduleSlug: reflection.moduleSlug,
			exerciseId: reflection.exerciseId,
			submittedAt: reflection.submittedAt
		})
		.from(reflection)
		.where(
			and(
				eq(reflection.userId, userId),
				inArray(reflection.exerciseId, [...exerciseIds]),
				isNotNull(reflection.submittedAt)
			)
		);
	if (rows.length === 0) return [];
	const versions = await db
		.select({
			reflectionId: reflectionVersion.reflectionId,
			version: reflectionVersion.version,
			submittedAt: reflectionVersion.submittedAt
		})
		.from(reflectionVersion)
		.where(
			inArray(
				reflectionVersion.reflectionId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(asc(reflectionVersion.version));
	return rows.map((r) => ({ ...r, versions: versions.filter((v) => v.reflectionId === r.id) }));
}

/** The learner's review-queue rows for the track's items. */
export async function reviewItemsIn(
	db: Database,
	userId: string,
	moduleSlugs: readonly string[],
	itemIds: readonly string[]
) {
	if (moduleSlugs.length === 0 || itemIds.length === 0) return [];
	return db
		.select({
			itemId: reviewItem.itemId,
			moduleSlug: reviewItem.moduleSlug,
			box: reviewItem.box,
			dueAt: reviewItem.dueAt,
			confidentError: reviewItem.confidentError
		})
		.from(reviewItem)
		.where(
			and(
				eq(reviewItem.userId, userId),
				inArray(reviewItem.moduleSlug, [...moduleSlugs]),
				inArray(reviewItem.itemId, [...itemIds])
			)
		);
}
