import type { Course } from '../content';
import type { TimelineRow } from '../db/queries/timeline';

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

function kindOf(kind: string): TimelineKind {
	return TIMELINE_KINDS.find((k) => k === kind) ?? 'other';
}

export function timelineEntries(course: Course, rows: readonly TimelineRow[]): TimelineEntry[] {
	return rows.map((row) => {
		const module = row.moduleSlug ? course.module(row.moduleSlug) : undefined;
		const lesson =
			row.kind === 'lesson-read' && row.moduleSlug && row.subject
				? course.lesson(row.moduleSlug, row.subject)
				: undefined;
		return {
			at: row.at.toISOString(),
			kind: kindOf(row.kind),
			moduleTitle: module?.title ?? row.moduleSlug,
			lessonTitle: lesson?.title ?? null
		};
	});
}
