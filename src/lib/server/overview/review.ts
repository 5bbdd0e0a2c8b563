import { BOX_DAYS, isDue } from '../review/schedule';

// The learner's review queue in the group's track, as counts per Leitner box. Which items are
// due is the review schedule's own rule (`isDue`), never re-decided here.

export interface ReviewRowLike {
	box: number;
	dueAt: Date;
	confidentError: boolean;
}

export function reviewSummary(rows: readonly ReviewRowLike[], now: Date) {
	const boxes = BOX_DAYS.map((days, index) => {
		const inBox = rows.filter((r) => r.box === index + 1);
		return {
			box: index + 1,
			days,
			count: inBox.length,
			due: inBox.filter((r) => isDue(r, now)).length
		};
	});
	const upcoming = rows
		.filter((r) => !isDue(r, now))
		.map((r) => r.dueAt.getTime())
		.sort((a, b) => a - b)[0];
	return {
		total: rows.length,
		due: rows.filter((r) => isDue(r, now)).length,
		confidentErrors: rows.filter((r) => r.confidentError).length,
		boxes,
		nextDueAt: upcoming === undefined ? null : new Date(upcoming).toISOString()
	};
}

export type ReviewSummary = ReturnType<typeof reviewSummary>;
