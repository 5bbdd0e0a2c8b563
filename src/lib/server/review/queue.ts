import type { Database } from '../db/client';
import { writeReviewItems, type ReviewRow } from '../db/queries/review';
import { afterQuizAnswer, type Outcome, type ReviewState, type Transition } from './schedule';

// Applies schedule transitions to the queue. Callers run this inside their own transaction,
// so a submission and its queue changes are stored together or not at all.

export interface QueueAnswer extends Outcome {
	itemId: string;
	moduleSlug: string;
}

type Decide = (current: ReviewState | null, outcome: Outcome) => Transition;

export async function applyToQueue(
	tx: Database,
	userId: string,
	answers: readonly QueueAnswer[],
	decide: Decide,
	/** The learner's rows for these items, locked by the caller in this transaction. */
	locked: readonly ReviewRow[]
): Promise<Transition[]> {
	const current = new Map(locked.map((row) => [row.itemId, row]));
	const removed: string[] = [];
	const changed: ReviewRow[] = [];
	const transitions = answers.map((answer) => {
		const transition = decide(current.get(answer.itemId) ?? null, answer);
		if (transition.kind === 'remove') removed.push(answer.itemId);
		if (transition.kind === 'set') {
			changed.push({
				userId,
				itemId: answer.itemId,
				moduleSlug: answer.moduleSlug,
				...transition.state
			});
		}
		return transition;
	});
	await writeReviewItems(tx, { userId, set: changed, remove: removed });
	return transitions;
}

/**
 * A quiz submission's queue changes, for the database to apply in the same statement as the
 * answers (storeSubmission): rows that replace whatever is queued, and rows that enter only when
 * the item is not queued yet. Pure. It relies on afterQuizAnswer deciding for a queued item by
 * the fact that it is queued, never by its box or dates (a unit test holds it to that).
 */
export function quizQueueChanges(
	userId: string,
	answers: readonly QueueAnswer[],
	now: Date
): { replace: ReviewRow[]; addIfAbsent: ReviewRow[] } {
	const queued: ReviewState = { box: 1, dueAt: now, confidentError: false, lastAnsweredAt: now };
	const replace: ReviewRow[] = [];
	const addIfAbsent: ReviewRow[] = [];
	for (const answer of answers) {
		const ifAbsent = afterQuizAnswer(null, answer, now);
		const ifQueued = afterQuizAnswer(queued, answer, now);
		if (ifAbsent.kind !== 'set') continue;
		const row = { userId, itemId: answer.itemId, moduleSlug: answer.moduleSlug, ...ifAbsent.state };
		if (ifQueued.kind === 'set') replace.push(row);
		else addIfAbsent.push(row);
	}
	return { replace, addIfAbsent };
}
