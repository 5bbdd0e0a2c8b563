import { and, eq, inArray, max, sql } from 'drizzle-orm';
import { latestDate } from '../../../dates';
import type { Database } from '../client';
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

const keyOf = (userId: string, moduleSlug: string) => `${userId}\u0000${moduleSlug}`;

/**
 * Facts for every learner × module asked for, in that order (learners outer, modules inner),
 * in three set-based queries whatever the number of learners: no per-learner round trips.
 */
export async function completionFacts(
	db: Database,
	query: CompletionQuery
): Promise<ModuleFacts[]> {
	const { userIds, audience, modules } = query;
	if (userIds.length === 0 || modules.length === 0) return [];
	const users = [...userIds];
	const slugs = modules.map((m) => m.moduleSlug);
	const lessonKeys = modules.flatMap((m) => m.lessonSlugs.map((l) => `${m.moduleSlug}/${l}`));
	const moduleOfExercise = new Map(modules.map((m) => [m.reflectionId, m.moduleSlug]));

	const lessonRows = lessonKeys.length
		? await db
				.select({
					userId: lessonProgress.userId,
					moduleSlug: lessonProgress.moduleSlug,
					lessons: sql<string[]>`array_agg(${lessonProgress.lessonSlug})`,
					lastReadAt: max(lessonProgress.readAt)
				})
				.from(lessonProgress)
				.where(
					and(
						inArray(lessonProgress.userId, users),
						inArray(lessonProgress.moduleSlug, slugs),
						inArray(
							sql`${lessonProgress.moduleSlug} || '/' || ${lessonProgress.lessonSlug}`,
							lessonKeys
						)
					)
				)
				.groupBy(lessonProgress.userId, lessonProgress.moduleSlug)
		: [];
	const submitted = sql`${quizAttempt.status} = 'submitted'`;
	const quizRows = await db
		.select({
			userId: quizAttempt.userId,
			moduleSlug: quizAttempt.moduleSlug,
			best: sql<
				number | null
			>`max(${quizAttempt.points}::float8 / nullif(${quizAttempt.maxPoints}, 0)) filter (where ${submitted})`,
			passed: sql<boolean>`coalesce(bool_or(${quizAttempt.passed}) filter (where ${submitted}), false)`,
			attempts: sql<number>`(count(*) filter (where ${submitted}))::int`,
			lastStartedAt: max(quizAttempt.startedAt),
			lastSubmittedAt: max(quizAttempt.submittedAt)
		})
		.from(quizAttempt)
		.where(
			and(
				inArray(quizAttempt.userId, users),
				inArray(quizAttempt.moduleSlug, slugs),
				eq(quizAttempt.audience, audience)
			)
		)
		.groupBy(quizAttempt.userId, quizAttempt.moduleSlug);
	const reflectionRows = await db
		.select({
			userId: reflection.userId,
			exerciseId: reflection.exerciseId,
			submittedAt: reflection.submittedAt,
			updatedAt: reflection.updatedAt
		})
		.from(reflection)
		.where(
			and(
				inArray(reflection.userId, users),
				inArray(reflection.exerciseId, [...moduleOfExercise.keys()])
			)
		);

	const lessonsBy = new Map(lessonRows.map((r) => [keyOf(r.userId, r.moduleSlug), r]));
	const quizBy = new Map(quizRows.map((r) => [keyOf(r.userId, r.moduleSlug), r]));
	const reflectionBy = new Map(
		reflectionRows.map((r) => [keyOf(r.userId, moduleOfExercise.get(r.exerciseId) ?? ''), r])
	);

	return users.flatMap((userId) =>
		modules.map((m): ModuleFacts => {
			const key = keyOf(userId, m.moduleSlug);
			const lessons = lessonsBy.get(key);
			const quiz = quizBy.get(key);
			const refl = reflectionBy.get(key);
			const read = new Set(lessons?.lessons ?? []);
			const readLessons = m.lessonSlugs.filter((slug) => read.has(slug));
			const facts = {
				userId,
				moduleSlug: m.moduleSlug,
				readLessons,
				lessonsRead: readLessons.length,
				lessonsTotal: m.lessonSlugs.length,
				bestScore: quiz?.best ?? null,
				quizPassed: quiz?.passed ?? false,
				quizStarted: quiz !== undefined,
				quizAttempts: quiz?.attempts ?? 0,
				reflectionSubmitted: refl?.submittedAt != null,
				reflectionStarted: refl !== undefined,
				lastActivityAt: latestDate(
					lessons?.lastReadAt,
					quiz?.lastStartedAt,
					quiz?.lastSubmittedAt,
					refl?.updatedAt
				)
			};
			return { ...facts, complete: isModuleComplete(facts) };
		})
	);
}
