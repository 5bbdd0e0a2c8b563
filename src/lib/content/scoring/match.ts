import type { FeedbackEntry, MatchQuestion, Score } from './types';
import { toScore } from './types';

/** Learner's choice per pair: pair id → chosen right-hand id (a pair id or a distractor id). */
export type MatchResponse = Readonly<Record<string, string>>;

/** `match`: the share of pairs matched to their own right-hand text; unmatched pairs count as wrong. */
export function scoreMatch(question: MatchQuestion, response: MatchResponse): Score {
	const right = question.pairs.filter((pair) => response[pair.id] === pair.id).length;
	return toScore(right / question.pairs.length);
}

/** Every pair's feedback (it explains the right match), plus that of each distractor chosen. */
export function feedbackMatch(question: MatchQuestion, response: MatchResponse): FeedbackEntry[] {
	const chosen = new Set(Object.values(response));
	const pairs = question.pairs.map((pair) => ({
		ref: pair.id,
		text: pair.feedback,
		right: response[pair.id] === pair.id
	}));
	const distractors = (question.distractors ?? [])
		.filter((distractor) => chosen.has(distractor.id))
		.map((distractor) => ({ ref: distractor.id, text: distractor.feedback, right: false }));
	return [...pairs, ...distractors];
}
