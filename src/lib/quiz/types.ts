// What the browser may know about quiz items: prompts and option texts, never answer keys or
// feedback before submission. Values are opaque per-attempt tokens (see server/quiz/tokens.ts),
// so not even the content's option ids (often `a` for the right one) reach the page.

export const CONFIDENCES = ['zeker', 'twijfel', 'gok'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A text the learner can pick, with the opaque value the form sends back. */
export interface Choice {
	value: string;
	text: string;
}

export type QuestionView =
	| { kind: 'single' | 'multiple'; prompt: string; options: Choice[] }
	| { kind: 'true-false'; prompt: string }
	/** `rows` carry the left-hand texts; each gets a select over `targets`. */
	| { kind: 'match'; prompt: string; rows: Choice[]; targets: Choice[] }
	/** Steps in shuffled order; each gets a select for its position 1..n. */
	| { kind: 'order'; prompt: string; steps: Choice[] }
	| { kind: 'numeric'; prompt: string; unit: string | null }
	| { kind: 'short-text'; prompt: string; maxLength: number };

export interface ItemView {
	/** Stable content id (not secret): lets tests and anchors find an item. */
	id: string;
	/** 1-based position in the attempt or session; form fields are named `q<number>…`. */
	number: number;
	/** A scenario's case, as paragraphs; null for other items. */
	caseText: string[] | null;
	question: QuestionView;
}

/** Form values echoed back after a validation failure, so nothing typed is lost. */
export type FormValues = Record<string, string[]>;

/** Per-field error codes (see quiz error messages); keys are form field names. */
export type QuizErrors = Record<string, QuizErrorCode>;

export const QUIZ_ERROR_CODES = [
	'number',
	'too-long',
	'choice-unknown',
	'order-incomplete',
	'order-duplicate',
	'invalid'
] as const;
export type QuizErrorCode = (typeof QUIZ_ERROR_CODES)[number];

/** Form field names, shared by the components that write them and the server that reads them. */
export const fieldNames = {
	answer: (n: number) => `q${n}`,
	matchRow: (n: number, row: string) => `q${n}-r-${row}`,
	orderStep: (n: number, step: string) => `q${n}-s-${step}`,
	confidence: (n: number) => `q${n}-confidence`
};

/** The learner's own answer, as the review after submission shows it. */
export type AnswerView =
	| { kind: 'none' }
	| { kind: 'texts'; texts: string[] }
	| { kind: 'boolean'; value: boolean }
	| { kind: 'number'; value: number; unit: string | null }
	| { kind: 'pairs'; pairs: { left: string; right: string | null }[] };

/**
 * One feedback text after submission; `label` names the option, pair or step it is about.
 * `missed`: a right option the learner did not choose, or a pair they did not match (the label
 * then shows the right match).
 */
export interface FeedbackView {
	label: string | null;
	text: string;
	status: 'right' | 'wrong' | 'missed';
}

/** One item of a submitted attempt or an answered review, with everything it may now show. */
export interface ItemResultView {
	id: string;
	number: number;
	/** False when the item has since left the course: the stored result shows, without feedback. */
	available: boolean;
	prompt: string | null;
	caseText: string[] | null;
	score: number;
	correct: boolean;
	unanswered: boolean;
	confidence: Confidence | null;
	answer: AnswerView;
	feedback: FeedbackView[];
	explanation: string | null;
	passages: string[];
}
