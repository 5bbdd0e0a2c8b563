import { amsterdamDate } from '../../dates';
import { isRunning } from '../../overview/attention';
import { selectRows, type GridSelection, type ShownRow } from '../../overview/grid';
import { parseOverviewQuery } from '../../overview/query';
import type { Database } from '../db/client';
import type { Cohort } from '../db/schema';
import { groupRows } from './group-rows';
import { groupTrack } from './scope';

/**
 * The group overview: every active learner × every module of the track, filtered, sorted and
 * paged by the URL's query. The rows come from `groupRows`, kept while the group's data is the
 * same; the selection and the page are made per request.
 */
export async function groupOverview(
	db: Database,
	group: Cohort,
	now: Date,
	params: URLSearchParams
) {
	const track = groupTrack(group);
	const { specs, period } = track;
	const { rows, charts } = await groupRows(db, group.id, track, now);
	const slugs = specs.map((s) => s.slug);
	const query = parseOverviewQuery(params, slugs);
	return {
		group: {
			id: group.id,
			name: group.name,
			trackTitle: track.track.title,
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
		charts
	};
}

function pageOfRows(selection: GridSelection) {
	return {
		...selection,
		rows: selection.rows.map(({ email: _email, ...row }): ShownRow => row)
	};
}

export type GroupOverview = Awaited<ReturnType<typeof groupOverview>>;
