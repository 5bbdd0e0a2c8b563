import type { FeedbackEntry, MultipleQuestion, Score, SingleQuestion } from './types';
import { toScore } from './types';

/** `single`: 1 when the chosen option is the correct one, else 0. */
export function scoreSingle(question: SingleQuestion, optionId: string): Score {
	const chosen = question.options.find((option) => option.id === optionId);
	return toScore(chosen?.correct === true ? 1 : 0);
}

/**
 * Feedback of the options the learner chose, and of the right options they did not choose,
 * because the feedback on a missed right option says why it was right. Shared with `multiple`.
 */
export function choiceFeedback(
	question: SingleQuestion | MultipleQuestion,
	chosenIds: readonly string[]
): FeedbackEntry[] {
	const chosen = new Set(chosenIds);
	return question.options
		.filter((option) => chosen.has(option.id) || option.correct === true)
		.map((option) => ({
			ref: option.id,
			text: option.feedback,
			right: chosen.has(option.id) === (option.correct === true)
		}));
}

export function feedbackSingle(question: SingleQuestion, optionId: string): FeedbackEntry[] {
	return choiceFeedback(question, [optionId]);
}
