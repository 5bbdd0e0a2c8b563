import { amsterdamDate } from '../../dates';
import type { Database } from '../db/client';
import { completionFacts } from '../db/queries/completion';
import { lastOtherActivityOf, memberPage } from '../db/queries/overview';
import type { Cohort } from '../db/schema';
import { buildRow, factsByLearner } from '../overview/rows';
import { groupTrack } from '../overview/scope';
import { scorePercent, type ExportCell } from './cells';
import type { ProgressLabels } from './labels';

/** Learners per page: each page is a handful of set-based queries and about 1,000 rows. */
export const EXPORT_PAGE = 100;

/**
 * The progress export (voortgang.csv, .xlsx): a row per learner per module, in name order, a page of learners at a time.
 * Statuses are the overview's: the completion rule plus the attention rule.
 */
export async function* progressRows(
	db: Database,
	group: Cohort,
	now: Date,
	labels: ProgressLabels,
	pageSize = EXPORT_PAGE
): AsyncGenerator<ExportCell[][]> {
	const { track, specs, requirements, scope, period } = groupTrack(group);
	yield [labels.header];
	let after: { name: string; id: string } | null = null;
	for (;;) {
		const members = await memberPage(db, group.id, after, pageSize);
		if (members.length === 0) return;
		const ids = members.map((m) => m.id);
		const [facts, activity] = await Promise.all([
			completionFacts(db, { userIds: ids, audience: track.audience, modules: requirements }),
			lastOtherActivityOf(db, ids, scope)
		]);
		const byLearner = factsByLearner(facts);
		const rows: ExportCell[][] = [];
		for (const member of members) {
			const own = byLearner.get(member.id) ?? [];
			const row = buildRow({
				member,
				facts: own,
				activityAt: activity.get(member.id) ?? null,
				group: period,
				now
			});
			own.forEach((f, index) => {
				const cell = row.cells[index];
				rows.push([
					member.name,
					member.email,
					specs[index]?.title ?? f.moduleSlug,
					cell ? labels.status[cell.status] : '',
					f.lessonsRead,
					f.lessonsTotal,
					scorePercent(f.bestScore),
					f.quizPassed ? labels.yes : labels.no,
					f.reflectionSubmitted ? labels.yes : labels.no,
					f.lastActivityAt ? amsterdamDate(f.lastActivityAt) : null
				]);
			});
		}
		yield rows;
		if (members.length < pageSize) return;
		const last = members[members.length - 1];
		after = last ? { name: last.name, id: last.id } : null;
	}
}
