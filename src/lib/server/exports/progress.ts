import { amsterdamDate } from '../../dates';
import type { Database } from '../db/client';
import { memberPage } from '../db/queries/overview';
import type { Cohort } from '../db/schema';
import { learnerRows } from '../overview/group-rows';
import { groupTrack } from '../overview/scope';
import { scorePercent, type ExportCell } from './cells';
import type { ProgressLabels } from './labels';

/** Learners per page: each page is a handful of set-based queries and about 1,000 rows. */
export const EXPORT_PAGE = 100;

/**
 * The progress export (voortgang.csv, .xlsx): a row per learner per module, in name order, a
 * page of learners at a time. Statuses are the overview's: the completion rule plus the
 * attention rule.
 */
export async function* progressRows(
	db: Database,
	group: Cohort,
	now: Date,
	labels: ProgressLabels,
	pageSize = EXPORT_PAGE
): AsyncGenerator<ExportCell[][]> {
	const track = groupTrack(group);
	yield [labels.header];
	let after: { name: string; id: string } | null = null;
	for (;;) {
		const members = await memberPage(db, group.id, after, pageSize);
		if (members.length === 0) return;
		const learners = await learnerRows(db, members, track, now);
		const rows: ExportCell[][] = [];
		members.forEach((member, m) => {
			const row = learners.rows[m]!;
			(learners.factsOf.get(member.id) ?? []).forEach((f, index) => {
				const cell = row.cells[index];
				rows.push([
					member.name,
					member.email,
					track.specs[index]?.title ?? f.moduleSlug,
					cell ? labels.status[cell.status] : '',
					f.lessonsRead,
					f.lessonsTotal,
					scorePercent(f.bestScore),
					f.quizPassed ? labels.yes : labels.no,
					f.reflectionSubmitted ? labels.yes : labels.no,
					f.lastActivityAt ? amsterdamDate(f.lastActivityAt) : null
				]);
			});
		});
		yield rows;
		if (members.length < pageSize) return;
		const last = members[members.length - 1];
		after = last ? { name: last.name, id: last.id } : null;
	}
}
