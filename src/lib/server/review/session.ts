import type { FormValues, ItemResultView, ItemView, QuizErrors } from '../../quiz/types';
import type { Course } from '../content';
import type { Database } from '../db/client';
import { recordActivity } from '../db/queries/activity';
import {
	countDueReviews,
	deleteReviewItems,
	dueReviewItems,
	lockReviewItems,
	reviewItemsOf,
	type ReviewRow
} from '../db/queries/review';
import { readAnswers, type Asked, type Entries } from '../quiz/form';
import { gradeAnswers, type GradedAnswer } from '../quiz/grading';
import { itemResult } from '../quiz/result';
import { reviewScope } from '../quiz/tokens';
import { itemView } from '../quiz/view';
import { applyToQueue } from './queue';
import { afterReviewAnswer, compareDue, isDue } from './schedule';

// A review session ("herhalen"): at most ten due items over all of the learner's tracks, in
// queue order, asked and given feedback exactly like quiz items.

export const SESSION_SIZE = 10;

/**
 * Due rows whose item still exists. Rows of items removed from the course are dropped from the
 * queue here, so the dashboard's count (a plain count of due rows) agrees from then on.
 */
async function dueRows(db: Database, userId: string, now: Date, course: Course) {
	const rows = await dueReviewItems(db, userId, now);
	const gone = rows.filter((row) => !course.item(row.itemId)).map((row) => row.itemId);
	await deleteReviewItems(db, userId, gone);
	return rows.filter((row) => course.item(row.itemId)).sort(compareDue);
}

export async function reviewSession(
	db: Database,
	userId: string,
	now: Date,
	course: Course
): Promise<{ items: ItemView[]; due: number }> {
	const rows = await dueRows(db, userId, now, course);
	const items = rows.slice(0, SESSION_SIZE).flatMap((row, index) => {
		const item = course.item(row.itemId);
		return item ? [itemView(item, index + 1, reviewScope(userId, row.lastAnsweredAt))] : [];
	});
	return { items, due: rows.length };
}

export type ReviewAnswerResult =
	| {
			ok: true;
			results: ItemResultView[];
			/** Items left open: they stay due. */
			skipped: number;
			/** Items answered before (another tab, a repeated post): nothing changed for them. */
			alreadyAnswered: number;
			remaining: number;
	  }
	| { ok: false; errors: QuizErrors; values: FormValues };

type AskedRow = Asked & { row: ReviewRow };

/** The items a session form asked (hidden `item` fields, in page order) that are still due. */
function askedItems(
	ids: readonly string[],
	rows: ReviewRow[],
	userId: string,
	now: Date,
	course: Course
): AskedRow[] {
	const byId = new Map(rows.map((row) => [row.itemId, row]));
	return ids.flatMap((id, index) => {
		const row = byId.get(id);
		const item = course.item(id);
		if (!row || !item || !isDue(row, now)) return [];
		return [{ item, number: index + 1, scope: reviewScope(userId, row.lastAnsweredAt), row }];
	});
}

/** Under lock: only rows unchanged since the form was read are answered now. */
function unchanged(answers: GradedAnswer[], asked: AskedRow[], locked: ReviewRow[], now: Date) {
	const lockedById = new Map(locked.map((row) => [row.itemId, row]));
	return answers.flatMap((answer) => {
		const before = asked.find((a) => a.item.id === answer.itemId)?.row;
		const row = lockedById.get(answer.itemId);
		const same = before && row && row.lastAnsweredAt.getTime() === before.lastAnsweredAt.getTime();
		return same && isDue(row, now) ? [{ ...answer, moduleSlug: row.moduleSlug }] : [];
	});
}

/**
 * Answers a session. A repeated submission finds its items answered (no longer due, or answered
 * at another time) and changes nothing. Box changes and activity are one transaction.
 */
export async function answerReviews(
	db: Database,
	userId: string,
	entries: Entries,
	now: Date,
	course: Course
): Promise<ReviewAnswerResult> {
	const ids = [...new Set(entries.get('item') ?? [])].slice(0, SESSION_SIZE);
	const asked = askedItems(ids, await reviewItemsOf(db, userId, ids), userId, now, course);
	const read = readAnswers(entries, asked);
	if (Object.keys(read.errors).length > 0) {
		return { ok: false, errors: read.errors, values: read.values };
	}
	const given = gradeAnswers(read.answers, 100).answers.filter((a) => a.response !== null);

	const applied = await db.transaction(async (tx) => {
		const locked = await lockReviewItems(tx, userId, ids);
		const fresh = unchanged(given, asked, locked, now);
		await applyToQueue(
			tx,
			userId,
			fresh,
			(current, outcome) => (current ? afterReviewAnswer(current, outcome, now) : { kind: 'keep' }),
			locked
		);
		await recordActivity(
			tx,
			...fresh.map((answer) => ({
				userId,
				kind: 'review-answered' as const,
				at: now,
				moduleSlug: answer.moduleSlug,
				subject: answer.itemId
			}))
		);
		return fresh;
	});

	const results = applied.map((answer) => {
		const number = asked.find((a) => a.item.id === answer.itemId)?.number ?? 0;
		return itemResult(course.item(answer.itemId), number, answer);
	});
	return {
		ok: true,
		results,
		skipped: read.answers.length - given.length,
		alreadyAnswered: ids.length - asked.length + (given.length - applied.length),
		remaining: await countDueReviews(db, userId, now)
	};
}
