import type { QuestionOfType } from '../schema/quiz';

/** The result of scoring one response: a share of the item's point, and whether it was fully right. */
export interface Score {
	/** From 0 to 1. */
	score: number;
	/** True only when `score` is 1. */
	correct: boolean;
}

/**
 * One feedback text that applies to a response, for the review screen after submitting.
 * `ref` names what it is about (an option, pair, distractor or step id, or `true`, `false`,
 * `correct`, `incorrect`, `misconception`); `right` says whether the learner got that part right.
 */
export interface FeedbackEntry {
	ref: string;
	text: string;
	right: boolean;
}

export type SingleQuestion = QuestionOfType<'single'>;
export type MultipleQuestion = QuestionOfType<'multiple'>;
export type TrueFalseQuestion = QuestionOfType<'true-false'>;
export type MatchQuestion = QuestionOfType<'match'>;
export type OrderQuestion = QuestionOfType<'order'>;
export type NumericQuestion = QuestionOfType<'numeric'>;
export type ShortTextQuestion = QuestionOfType<'short-text'>;

/** Builds a score from a share, clamped to 0..1 so rounding can never push it outside. */
export function toScore(share: number): Score {
	const score = Math.min(1, Math.max(0, share));
	return { score, correct: score === 1 };
}

export const ZERO: Score = Object.freeze({ score: 0, correct: false });
