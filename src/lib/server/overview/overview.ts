import { amsterdamDate } from '../../dates';
import { isRunning } from '../../overview/attention';
import { selectRows, type GridSelection, type ShownRow } from '../../overview/grid';
import { parseOverviewQuery } from '../../overview/query';
import type { Database } from '../db/client';
import { listCohortMembers } from '../db/queries/cohorts';
import { completionFacts } from '../db/queries/completion';
import { lastOtherActivityOf } from '../db/queries/overview';
import type { Cohort } from '../db/schema';
import { buildRow, factsByLearner, moduleCharts } from './rows';
import { groupTrack } from './scope';

/**
 * The group overview: every active learner × every module of the track, filtered, sorted and
 * paged by the URL's query. A fixed number of set-based queries, whatever the group's size:
 * members, the completion rule's three, and last activity.
 */
export async function groupOverview(
	db: Database,
	group: Cohort,
	now: Date,
	params: URLSearchParams
) {
	const { track, specs, requirements, scope, period } = groupTrack(group);
	const members = await listCohortMembers(db, group.id);
	const ids = members.map((m) => m.id);
	const [facts, activity] = await Promise.all([
		completionFacts(db, { userIds: ids, audience: track.audience, modules: requirements }),
		lastOtherActivityOf(db, ids, scope)
	]);
	const byLearner = factsByLearner(facts);
	const rows = members.map((member) =>
		buildRow({
			member,
			facts: byLearner.get(member.id) ?? [],
			activityAt: activity.get(member.id) ?? null,
			group: period,
			now
		})
	);
	const slugs = specs.map((s) => s.slug);
	const query = parseOverviewQuery(params, slugs);
	return {
		group: {
			id: group.id,
			name: group.name,
			trackTitle: track.title,
			startsOn: group.startsOn,
			endsOn: group.endsOn,
			archived: period.archived,
			running: isRunning(period, amsterdamDate(now))
		},
		modules: specs.map((s, index) => ({ slug: s.slug, title: s.title, position: index + 1 })),
		query,
		selection: pageOfRows(selectRows(rows, slugs, query)),
		totals: {
			learners: rows.length,
			attention: rows.filter((r) => r.cells.some((c) => c.status === 'attention')).length,
			completed: rows.filter((r) => r.modulesTotal > 0 && r.modulesCompleted === r.modulesTotal)
				.length
		},
		charts: moduleCharts(specs, byLearner)
	};
}

function pageOfRows(selection: GridSelection) {
	return {
		...selection,
		rows: selection.rows.map(({ email: _email, ...row }): ShownRow => row)
	};
}

export type GroupOverview = Awaited<ReturnType<typeof groupOverview>>;
