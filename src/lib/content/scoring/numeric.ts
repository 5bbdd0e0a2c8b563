import type { FeedbackEntry, NumericQuestion, Score } from './types';
import { toScore } from './types';

// A little slack on top of the author's tolerance, so that binary floating point
// (0.1 + 0.2 !== 0.3) never turns a right answer wrong.
const EPSILON = 1e-9;

function within(value: number, target: number, tolerance: number): boolean {
	return Math.abs(value - target) <= tolerance + EPSILON * Math.max(1, Math.abs(target));
}

/** `numeric`: 1 when the number lies within the tolerance of the answer, else 0. */
export function scoreNumeric(question: NumericQuestion, value: number): Score {
	return toScore(within(value, question.answer, question.tolerance) ? 1 : 0);
}

/** `feedbackCorrect`, or the feedback of a matching misconception, or `feedbackIncorrect`. */
export function feedbackNumeric(question: NumericQuestion, value: number): FeedbackEntry[] {
	if (within(value, question.answer, question.tolerance)) {
		return [{ ref: 'correct', text: question.feedbackCorrect, right: true }];
	}
	// The specific feedback replaces the general one: it names the mistake the learner made.
	const misconception = (question.misconceptions ?? []).find((m) =>
		within(value, m.value, question.tolerance)
	);
	if (misconception) return [{ ref: 'misconception', text: misconception.feedback, right: false }];
	return [{ ref: 'incorrect', text: question.feedbackIncorrect, right: false }];
}
