// Shapes that cross from the server to the browser. They hold only what the learner may see:
// a reflection exercise has no answer key, so the whole exercise is shown.

export type FieldKind = 'text' | 'choice' | 'date';

export interface FieldView {
	id: string;
	label: string;
	prompt: string;
	help: string | null;
	kind: FieldKind;
	minWords: number | null;
	column: 'ik' | 'ander' | null;
	starters: string[];
	options: { id: string; label: string }[];
	/** Must be filled in before the learner can submit. */
	required: boolean;
}

export interface ExerciseView {
	id: string;
	model: 'alact' | 'starr';
	title: string;
	/** The introduction, one string per paragraph. */
	intro: string[];
	privacyHint: string;
	fields: FieldView[];
}

export type Fields = Record<string, string>;

/** The draft as the server holds it. `savedAt` is null before the first save. */
export interface ServerDraft {
	sequence: number;
	fields: Fields;
	savedAt: string | null;
}

/** Field id → error code (`required`, `too-long`, `date`, `choice`, `invalid`). */
export type FieldErrors = Record<string, string>;

/** What PUT …/reflectie/concept answers. */
export type DraftSaveResponse =
	| { outcome: 'saved'; sequence: number; savedAt: string }
	| { outcome: 'conflict'; current: ServerDraft }
	| { outcome: 'invalid'; errors: FieldErrors };

/** The "hoe ging het?" question at the start of the next module. */
export interface IntentionPrompt {
	fromModuleSlug: string;
	fromModuleTitle: string;
	voornemen: string;
	/** `YYYY-MM-DD`, or null when the learner gave no date. */
	datum: string | null;
}

/** Trainer feedback on one submitted version, in the three parts of Hattie & Timperley. */
export interface FeedbackView {
	id: string;
	version: number;
	/** Null when the trainer's account no longer exists. */
	trainerName: string | null;
	goal: string;
	progress: string;
	nextStep: string;
	createdAt: string;
	reply: string | null;
	repliedAt: string | null;
}

/** Who can read the learner's submitted reflections, and who did. */
export interface ReaderView {
	name: string;
	groups: string[];
}

export interface ReadEventView {
	name: string | null;
	at: string;
}

export interface VersionSummary {
	version: number;
	submittedAt: string;
}

/** What the form actions (`?/save`, `?/submit`) answer; the form works without JavaScript. */
export type ReflectionFormResult =
	| { outcome: 'saved'; sequence: number; savedAt: string; fields: Fields }
	| { outcome: 'submitted'; version: number; sequence: number; savedAt: string; fields: Fields }
	| {
			outcome: 'incomplete';
			errors: FieldErrors;
			sequence: number;
			savedAt: string;
			fields: Fields;
	  }
	/** `given` is the stale sequence the form carried; it stays in the form until the learner chooses. */
	| { outcome: 'conflict'; given: number; values: Fields; current: ServerDraft }
	| { outcome: 'invalid'; given: number; values: Fields; errors: FieldErrors };

/** What the reply action answers, tagged with the feedback it is about. */
export type ReplyResult =
	| { feedbackId: string; replied: true }
	| { feedbackId: string; alreadyReplied: true }
	| { feedbackId: string; errors: Record<string, string>; values: { reply: string } };

/** What the "hoe ging het?" action answers when it does not redirect. */
export type CheckinResult =
	{ alreadyAnswered: true } | { errors: Record<string, string>; values: { answer: string } };
