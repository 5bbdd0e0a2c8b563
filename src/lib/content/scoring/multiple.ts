import { choiceFeedback } from './single';
import type { FeedbackEntry, MultipleQuestion, Score } from './types';
import { toScore } from './types';

/**
 * `multiple`: (right choices − wrong choices) / number of correct options, floored at 0.
 * Subtracting wrong choices keeps "tick everything" from earning points.
 */
export function scoreMultiple(question: MultipleQuestion, optionIds: readonly string[]): Score {
	const chosen = new Set(optionIds);
	const correct = question.options.filter((option) => option.correct === true);
	if (correct.length === 0) return toScore(0);
	const right = correct.filter((option) => chosen.has(option.id)).length;
	const wrong = question.options.filter((o) => o.correct !== true && chosen.has(o.id)).length;
	return toScore((right - wrong) / correct.length);
}

export function feedbackMultiple(
	question: MultipleQuestion,
	optionIds: readonly string[]
): FeedbackEntry[] {
	return choiceFeedback(question, optionIds);
}
