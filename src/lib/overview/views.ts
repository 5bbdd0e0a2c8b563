import type { AnswerView, Confidence } from '../quiz/types';

// What the trainer's learner page receives: shared by the server that builds it and the
// components that show it.

/** The events the trainer's timeline names; anything newer reads as a plain "activity". */
export const TIMELINE_KINDS = [
	'lesson-read',
	'quiz-started',
	'quiz-submitted',
	'review-answered',
	'reflection-submitted',
	'feedback-replied',
	'intention-checked',
	'track-enrolled',
	'cohort-joined'
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number] | 'other';

export interface TimelineEntry {
	at: string;
	kind: TimelineKind;
	moduleTitle: string | null;
	/** The lesson's title for a lesson read; nothing else names its subject to the trainer. */
	lessonTitle: string | null;
}

export interface AttemptItemView {
	id: string;
	number: number;
	prompt: string | null;
	correct: boolean;
	unanswered: boolean;
	confidence: Confidence | null;
	answer: AnswerView;
}

export interface AttemptView {
	id: string;
	moduleTitle: string | null;
	submittedAt: string | null;
	percent: number | null;
	passed: boolean;
	items: AttemptItemView[];
}
