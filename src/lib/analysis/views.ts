import type { ItemStats } from './types';

// What the trainer's pages receive. Trainers may see answer keys and feedback, so unlike the
// learner's quiz view these carry them; they never reach a learner's page.

export type ItemType =
	'single' | 'multiple' | 'true-false' | 'match' | 'order' | 'numeric' | 'short-text';

/** The answer key as the page shows it; choice keys are marked in the option rows instead. */
export type KeyView =
	| { type: 'single' | 'multiple' }
	| { type: 'true-false'; answer: boolean }
	| { type: 'match'; pairs: { left: string; right: string }[]; distractors: string[] }
	| { type: 'order'; steps: string[] }
	| {
			type: 'numeric';
			answer: number;
			tolerance: number;
			unit: string | null;
			misconceptions: { value: number; feedback: string }[];
	  }
	| { type: 'short-text'; accepted: string[] };

export interface PassageLink {
	id: string;
	/** Title of the article section the passage is in, or null for the opening passages. */
	section: string | null;
}

export interface ItemContentView {
	id: string;
	type: ItemType;
	scenario: boolean;
	/** A scenario's case as paragraphs; null otherwise. */
	caseText: string[] | null;
	prompt: string;
	explanation: string;
	key: KeyView;
	passages: PassageLink[];
}

export type ItemAnalysisView = ItemContentView & { stats: ItemStats };

export interface ModuleSummaryView {
	slug: string;
	title: string;
	/** Position in the track, 1-based. */
	number: number;
	items: number;
	learners: number;
	meanShare: number | null;
	passed: number;
}

export interface GroupHeading {
	id: string;
	name: string;
	trackTitle: string;
	archived: boolean;
}

/** One row of the reflections inbox. */
export interface InboxItemView {
	id: string;
	learnerName: string;
	moduleTitle: string;
	exerciseTitle: string;
	version: number;
	submittedAt: string;
	read: boolean;
	answered: boolean;
	groups: string;
}

/** One field of a submitted version, with the exercise's label and its answer as shown. */
export interface FieldAnswerView {
	id: string;
	label: string;
	kind: 'text' | 'choice' | 'date';
	column: 'ik' | 'ander' | null;
	/** For a choice: the option's label; for a date: `YYYY-MM-DD`; empty when left blank. */
	value: string;
}

export interface VersionView {
	version: number;
	submittedAt: string;
	fields: FieldAnswerView[];
}
