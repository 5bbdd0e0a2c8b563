import type { Question } from '../schema/quiz';
import { feedbackMatch, scoreMatch } from './match';
import { feedbackMultiple, scoreMultiple } from './multiple';
import { feedbackNumeric, scoreNumeric } from './numeric';
import { feedbackOrder, scoreOrder } from './order';
import { parseQuestionResponse, type ParsedResponse } from './responses';
import { feedbackShortText, scoreShortText } from './short-text';
import { feedbackSingle, scoreSingle } from './single';
import { feedbackTrueFalse, scoreTrueFalse } from './true-false';
import { ZERO, type FeedbackEntry, type Score } from './types';

export function scoreParsed(parsed: ParsedResponse): Score {
	switch (parsed.type) {
		case 'single':
			return scoreSingle(parsed.question, parsed.response);
		case 'multiple':
			return scoreMultiple(parsed.question, parsed.response);
		case 'true-false':
			return scoreTrueFalse(parsed.question, parsed.response);
		case 'match':
			return scoreMatch(parsed.question, parsed.response);
		case 'order':
			return scoreOrder(parsed.question, parsed.response);
		case 'numeric':
			return scoreNumeric(parsed.question, parsed.response);
		case 'short-text':
			return scoreShortText(parsed.question, parsed.response);
	}
}

export function feedbackParsed(parsed: ParsedResponse): FeedbackEntry[] {
	switch (parsed.type) {
		case 'single':
			return feedbackSingle(parsed.question, parsed.response);
		case 'multiple':
			return feedbackMultiple(parsed.question, parsed.response);
		case 'true-false':
			return feedbackTrueFalse(parsed.question, parsed.response);
		case 'match':
			return feedbackMatch(parsed.question, parsed.response);
		case 'order':
			return feedbackOrder(parsed.question, parsed.response);
		case 'numeric':
			return feedbackNumeric(parsed.question, parsed.response);
		case 'short-text':
			return feedbackShortText(parsed.question, parsed.response);
	}
}

/** Scores an untrusted response to a non-scenario question; an invalid response scores 0. */
export function scoreQuestion(question: Question, response: unknown): Score {
	const parsed = parseQuestionResponse(question, response);
	return parsed.success ? scoreParsed(parsed.data) : ZERO;
}

/** The feedback texts that apply to a response; none for an invalid response. */
export function feedbackQuestion(question: Question, response: unknown): FeedbackEntry[] {
	const parsed = parseQuestionResponse(question, response);
	return parsed.success ? feedbackParsed(parsed.data) : [];
}
