import type { Confidence } from '../../quiz/types';
import { amsterdamDate } from '../../dates';
import { addDays, startOfAmsterdamDay } from './calendar';

// The Leitner schedule of the review queue (learning-design.md): an item waits 1, 3, 7 and 21
// days in boxes 1 to 4. Right moves it up a box, wrong sends it back to box 1, and right from
// the last box takes it out of the queue. Pure: the time is always passed in.

/** Days an item waits in each box, box 1 first. */
export const BOX_DAYS = [1, 3, 7, 21] as const;
export const LAST_BOX = BOX_DAYS.length;

export interface ReviewState {
	box: number;
	dueAt: Date;
	/** Wrong while sure: these come first (hypercorrection). */
	confidentError: boolean;
	lastAnsweredAt: Date;
}

export interface Outcome {
	correct: boolean;
	confidence: Confidence | null;
}

export type Transition =
	{ kind: 'keep' } | { kind: 'set'; state: ReviewState } | { kind: 'remove' };

/** Start of the Amsterdam calendar day on which an item answered at `answeredAt` in `box` is due. */
export function dueDate(box: number, answeredAt: Date): Date {
	const days = BOX_DAYS[Math.min(Math.max(box, 1), LAST_BOX) - 1] ?? 1;
	return startOfAmsterdamDay(addDays(amsterdamDate(answeredAt), days));
}

export function isDue(state: Pick<ReviewState, 'dueAt'>, now: Date): boolean {
	return state.dueAt.getTime() <= now.getTime();
}

function firstBox(outcome: Outcome, now: Date): Transition {
	return {
		kind: 'set',
		state: {
			box: 1,
			dueAt: dueDate(1, now),
			confidentError: !outcome.correct && outcome.confidence === 'zeker',
			lastAnsweredAt: now
		}
	};
}

/**
 * After a quiz answer. Wrong, or right but unsure (twijfel, gok), enters the queue in box 1;
 * wrong also sends a queued item back to box 1. A right answer in a quiz never moves an item up:
 * only spaced review does, or a retake right after a failure would empty the queue at once.
 */
export function afterQuizAnswer(
	current: ReviewState | null,
	outcome: Outcome,
	now: Date
): Transition {
	if (!outcome.correct) return firstBox(outcome, now);
	const unsure = outcome.confidence === 'twijfel' || outcome.confidence === 'gok';
	return unsure && current === null ? firstBox(outcome, now) : { kind: 'keep' };
}

/** After answering a queued item in a review session. */
export function afterReviewAnswer(current: ReviewState, outcome: Outcome, now: Date): Transition {
	if (!outcome.correct) return firstBox(outcome, now);
	if (current.box >= LAST_BOX) return { kind: 'remove' };
	const box = current.box + 1;
	return {
		kind: 'set',
		state: { box, dueAt: dueDate(box, now), confidentError: false, lastAnsweredAt: now }
	};
}

/** Session order: confident errors first, then the longest overdue, then by id (stable). */
export function compareDue(
	a: Pick<ReviewState, 'confidentError' | 'dueAt'> & { itemId: string },
	b: Pick<ReviewState, 'confidentError' | 'dueAt'> & { itemId: string }
): number {
	if (a.confidentError !== b.confidentError) return a.confidentError ? -1 : 1;
	const byDue = a.dueAt.getTime() - b.dueAt.getTime();
	if (byDue !== 0) return byDue;
	return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}
