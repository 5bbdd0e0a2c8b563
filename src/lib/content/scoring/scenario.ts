import type { ItemOfType } from '../schema/quiz';
import { feedbackQuestion, scoreQuestion } from './question';
import type { FeedbackEntry, Score } from './types';

/** `scenario`: scored exactly as its inner question; the case only sets the scene. */
export function scoreScenario(item: ItemOfType<'scenario'>, response: unknown): Score {
	return scoreQuestion(item.question, response);
}

export function feedbackScenario(item: ItemOfType<'scenario'>, response: unknown): FeedbackEntry[] {
	return feedbackQuestion(item.question, response);
}
