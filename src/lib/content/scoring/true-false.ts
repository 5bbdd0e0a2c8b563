import type { FeedbackEntry, Score, TrueFalseQuestion } from './types';
import { toScore } from './types';

/** `true-false`: 1 when the learner's judgement equals the answer, else 0. */
export function scoreTrueFalse(question: TrueFalseQuestion, answer: boolean): Score {
	return toScore(answer === question.answer ? 1 : 0);
}

/** The feedback written for the judgement the learner gave. */
export function feedbackTrueFalse(question: TrueFalseQuestion, answer: boolean): FeedbackEntry[] {
	const text = answer ? question.feedbackTrue : question.feedbackFalse;
	return [{ ref: String(answer), text, right: answer === question.answer }];
}
