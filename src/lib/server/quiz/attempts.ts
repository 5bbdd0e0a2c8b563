import { error } from '@sveltejs/kit';
import type { Audience } from '../../content';
import type { FormValues, QuizErrors } from '../../quiz/types';
import { newId } from '../auth/tokens';
import type { Course, CourseModule } from '../content';
import type { Database } from '../db/client';
import { recordActivity } from '../db/queries/activity';
import {
	findOpenAttempt,
	findOwnAttempt,
	findOwnAttemptWhileEnrolled,
	insertOpenAttempt,
	storeSubmission
} from '../db/queries/quiz';
import { quizQueueChanges } from '../review/queue';
import { readAnswers, type Entries } from './form';
import { gradeAnswers } from './grading';
import { attemptScope } from './tokens';

export interface QuizContext {
	course: Course;
	module: CourseModule;
	audience: Audience;
	/**
	 * Set when the caller has not checked the learner's enrolment: submitAttempt then checks it
	 * in the same query as the attempt (one round trip instead of two).
	 */
	uncheckedTrackId?: string;
}

/**
 * Starts an attempt, or returns the learner's open one: at most one is open per learner and
 * quiz, which the partial unique index enforces even for concurrent starts on several servers.
 * The attempt records the content version, the audience and the items asked, in order.
 */
export async function startAttempt(
	db: Database,
	userId: string,
	{ course, module, audience }: QuizContext,
	now: Date
): Promise<{ attemptId: string; created: boolean }> {
	const itemIds = course.itemsFor(module.slug, audience).map((item) => item.id);
	// A start can lose the race to a submission that closes the open attempt it found; retry.
	for (let tries = 0; tries < 3; tries++) {
		const id = newId();
		const created = await db.transaction(async (tx) => {
			const inserted = await insertOpenAttempt(tx, {
				id,
				userId,
				moduleSlug: module.slug,
				audience,
				contentVersion: course.version,
				itemIds,
				startedAt: now
			});
			if (inserted) {
				await recordActivity(tx, {
					userId,
					kind: 'quiz-started',
					at: now,
					moduleSlug: module.slug,
					subject: id
				});
			}
			return inserted;
		});
		if (created) return { attemptId: id, created: true };
		const open = await findOpenAttempt(db, userId, module.slug);
		if (open) return { attemptId: open.id, created: false };
	}
	throw new Error('Could not start or find an open quiz attempt');
}

export type SubmitResult =
	{ ok: true; attemptId: string } | { ok: false; errors: QuizErrors; values: FormValues };

/** The shape of an attempt id (see newId); anything else is not looked up. */
export const ATTEMPT_ID = /^[a-z0-9]{1,64}$/;

/**
 * Grades and stores a submission in one transaction. The attempt id is the idempotency key:
 * a repeat (double click, retry, back button) finds the attempt submitted and gets the same
 * result, and stores nothing. An attempt that is not the learner's own, or not of this
 * module, is a 404.
 */
export async function submitAttempt(
	db: Database,
	userId: string,
	{ course, module, uncheckedTrackId }: QuizContext,
	attemptId: string,
	entries: Entries,
	now: Date
): Promise<SubmitResult> {
	const attempt = !ATTEMPT_ID.test(attemptId)
		? undefined
		: uncheckedTrackId
			? await findOwnAttemptWhileEnrolled(db, { userId, attemptId, trackId: uncheckedTrackId })
			: await findOwnAttempt(db, userId, attemptId);
	if (!attempt || attempt.moduleSlug !== module.slug) error(404, 'not-found');
	if (attempt.status === 'submitted') return { ok: true, attemptId };

	const scope = attemptScope(attempt.id);
	const asked = attempt.itemIds.flatMap((id, index) => {
		const item = course.item(id);
		return item ? [{ item, number: index + 1, scope }] : [];
	});
	const read = readAnswers(entries, asked);
	if (Object.keys(read.errors).length > 0) {
		return { ok: false, errors: read.errors, values: read.values };
	}
	const grade = gradeAnswers(read.answers, module.passMark);

	// One statement, so one transaction: attempt, answers, activity and queue together.
	await storeSubmission(db, {
		id: attempt.id,
		userId,
		moduleSlug: module.slug,
		at: now,
		points: grade.points,
		maxPoints: grade.maxPoints,
		passed: grade.passed,
		answers: grade.answers,
		queue: quizQueueChanges(
			userId,
			grade.answers.map((a) => ({ ...a, moduleSlug: module.slug })),
			now
		)
	});
	return { ok: true, attemptId };
}
