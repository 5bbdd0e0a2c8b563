import type { FeedbackEntry, OrderQuestion, Score } from './types';
import { toScore } from './types';

/**
 * `order`: the share of adjacent pairs in the learner's list that stand in the right relative
 * order. One step moved out of place costs about one or two pairs, not the whole item.
 */
export function scoreOrder(question: OrderQuestion, stepIds: readonly string[]): Score {
	const position = new Map(question.steps.map((step, index) => [step.id, index]));
	if (stepIds.length < 2) return toScore(0);
	let inOrder = 0;
	for (let i = 0; i + 1 < stepIds.length; i++) {
		const here = position.get(stepIds[i] ?? '');
		const next = position.get(stepIds[i + 1] ?? '');
		if (here !== undefined && next !== undefined && here < next) inOrder++;
	}
	return toScore(inOrder / (question.steps.length - 1));
}

/** Every step's feedback (why it stands there); `right` when the learner put it in its place. */
export function feedbackOrder(
	question: OrderQuestion,
	stepIds: readonly string[]
): FeedbackEntry[] {
	return question.steps.map((step, index) => ({
		ref: step.id,
		text: step.feedback,
		right: stepIds[index] === step.id
	}));
}
