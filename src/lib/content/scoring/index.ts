import type { Question, QuizItem } from '../schema/quiz';
import { feedbackQuestion, scoreQuestion } from './question';
import { parseQuestionResponse, type ResponseResult } from './responses';
import { feedbackScenario, scoreScenario } from './scenario';
import type { FeedbackEntry, Score } from './types';

export type { FeedbackEntry, Score } from './types';
export type { ParsedResponse, ResponseResult } from './responses';
export type { MatchResponse } from './match';
export * from './responses';
export { scoreSingle, feedbackSingle } from './single';
export { scoreMultiple, feedbackMultiple } from './multiple';
export { scoreTrueFalse, feedbackTrueFalse } from './true-false';
export { scoreMatch, feedbackMatch } from './match';
export { scoreOrder, feedbackOrder } from './order';
export { scoreNumeric, feedbackNumeric } from './numeric';
export { scoreShortText, feedbackShortText, normaliseAnswer } from './short-text';
export { scoreScenario, feedbackScenario } from './scenario';

/** The question a learner answers: the item itself, or a scenario's inner question. */
export function questionOf(item: QuizItem | Question): Question {
	return item.type === 'scenario' ? item.question : item;
}

/**
 * Validates an untrusted response to an item (for a scenario: to its inner question).
 * The server calls this before storing anything; it never throws.
 */
export function parseResponse(item: QuizItem | Question, raw: unknown): ResponseResult {
	return parseQuestionResponse(questionOf(item), raw);
}

/** Scores a response to any item; an invalid response scores 0 rather than throwing. */
export function scoreItem(item: QuizItem | Question, response: unknown): Score {
	return item.type === 'scenario' ? scoreScenario(item, response) : scoreQuestion(item, response);
}

/** The feedback texts that apply to a response, for the review screen after submitting. */
export function feedbackFor(item: QuizItem | Question, response: unknown): FeedbackEntry[] {
	return item.type === 'scenario'
		? feedbackScenario(item, response)
		: feedbackQuestion(item, response);
}
