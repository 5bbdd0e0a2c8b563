import type { Course } from '../content';
import type { TimelineRow } from '../db/queries/timeline';

import { TIMELINE_KINDS, type TimelineEntry, type TimelineKind } from '../../overview/views';

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
