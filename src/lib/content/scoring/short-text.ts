import type { FeedbackEntry, Score, ShortTextQuestion } from './types';
import { toScore } from './types';

const EDGE_PUNCTUATION = /^[.,;:!?'"‘’“”()]+|[.,;:!?'"‘’“”()]+$/gu;

/**
 * The form in which answers are compared: no case, no accents, no whitespace, and no
 * punctuation at either end (a learner who ends with a full stop still means the same word).
 */
export function normaliseAnswer(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/gu, '')
		.replace(EDGE_PUNCTUATION, '');
}

/** `short-text`: 1 when the answer equals an accepted answer after normalising both, else 0. */
export function scoreShortText(question: ShortTextQuestion, answer: string): Score {
	const given = normaliseAnswer(answer);
	const accepted = question.accepted.some((text) => normaliseAnswer(text) === given);
	return toScore(given.length > 0 && accepted ? 1 : 0);
}

export function feedbackShortText(question: ShortTextQuestion, answer: string): FeedbackEntry[] {
	return scoreShortText(question, answer).correct
		? [{ ref: 'correct', text: question.feedbackCorrect, right: true }]
		: [{ ref: 'incorrect', text: question.feedbackIncorrect, right: false }];
}
