import type { Database } from '../db/client';
import { lockReviewItems, writeReviewItems, type ReviewRow } from '../db/queries/review';
import type { Outcome, ReviewState, Transition } from './schedule';

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
	/** The rows, already locked by the caller in this transaction; locked here when absent. */
	locked?: readonly ReviewRow[]
): Promise<Transition[]> {
	const rows =
		locked ??
		(await lockReviewItems(
			tx,
			userId,
			answers.map((a) => a.itemId)
		));
	const current = new Map(rows.map((row) => [row.itemId, row]));
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
