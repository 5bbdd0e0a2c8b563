// Shapes of the item analysis. Everything here is plain data: the statistics are pure functions
// over it, and the same shapes reach the trainer's browser.

export const CONFIDENCE_LEVELS = ['zeker', 'twijfel', 'gok'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** One stored answer of a learner's first submitted attempt at a quiz. */
export interface FirstAnswer {
	itemId: string;
	/** As stored; JSON null means the learner left the item open. */
	response: unknown;
	/** Share of the item's point, 0..1 (partial credit for multiple, match and order). */
	score: number;
	/** Fully right: `score` is 1. */
	correct: boolean;
	confidence: Confidence | null;
}

/** A learner's first submitted attempt: its total and its answers. */
export interface FirstAttempt {
	userId: string;
	/** Points of the whole attempt: the sum of its item scores at the time it was graded. */
	points: number;
	answers: FirstAnswer[];
}

/** A count out of a total; `share` is null when the total is 0 (no share to speak of). */
export interface Share {
	count: number;
	total: number;
	share: number | null;
}

/**
 * Discrimination as the item-rest correlation. `too-few` below the minimum number of learners,
 * `no-variance` when everyone scored the same on the item or on the rest of the quiz: in both
 * cases a number would mislead.
 */
export type Discrimination =
	| { kind: 'value'; r: number; n: number }
	| { kind: 'too-few'; n: number; needed: number }
	| { kind: 'no-variance'; n: number; of: 'item' | 'rest' };

export type DiscriminationBand = 'good' | 'fair' | 'weak' | 'negative';

/** Answers given with one confidence level (or none), split by right and not fully right. */
export interface ConfidenceRow {
	level: Confidence | 'none';
	right: number;
	wrong: number;
}

/** One option of a choice item (single, multiple, true-false) and how often it was chosen. */
export interface ChoiceRow {
	/** The option id; `true` / `false` for a true-false item. */
	id: string;
	/** Null for true-false, whose two options the page names in the reader's language. */
	text: string | null;
	correct: boolean;
	count: number;
	/** Chosen with `zeker` while the learner got the item wrong. */
	confidentWrong: number;
	feedback: string | null;
}

/** A part of a match or order item (a pair, a step) and how many learners got that part right. */
export interface PartRow {
	id: string;
	text: string;
	right: number;
}

/** A wrong typed answer (numeric or short text) and how many gave it. */
export interface CommonAnswer {
	/** The number given, or the text as first typed (trimmed, shortened when long). */
	value: number | string;
	count: number;
	/** Numeric only: a wrong value the content names as a known misconception. */
	misconception: boolean;
}

/**
 * How the group answered. `total` is the learners whose first attempt asked this item; `other`
 * counts stored answers that no longer fit the item (the content changed since).
 */
export type AnswerSummary =
	| {
			kind: 'choice';
			type: 'single' | 'multiple' | 'true-false';
			rows: ChoiceRow[];
			noAnswer: number;
			other: number;
			total: number;
	  }
	| {
			kind: 'graded';
			type: 'match' | 'order';
			fully: number;
			partly: number;
			wrong: number;
			noAnswer: number;
			other: number;
			total: number;
			parts: PartRow[];
	  }
	| {
			kind: 'typed';
			type: 'numeric' | 'short-text';
			right: number;
			wrong: number;
			noAnswer: number;
			other: number;
			total: number;
			common: CommonAnswer[];
	  };

/** Everything the analysis says about one item. */
export interface ItemStats {
	itemId: string;
	/** 1-based position in the quiz for this audience. */
	position: number;
	/** Learners whose first attempt asked this item. */
	answered: number;
	/** Fully right on the first attempt (the p-value or facility). */
	correct: Share;
	/** Mean share of the point, for items with partial credit; null when nobody answered. */
	meanScore: number | null;
	discrimination: Discrimination;
	/** Wrong while answering `zeker`: the misconceptions worth a class discussion. */
	confidentWrong: Share;
	confidence: ConfidenceRow[];
	answers: AnswerSummary;
}
