import { questionOf } from '../../content';
import type { Database } from '../db/client';
import { itemTallies, type ItemTally } from '../db/queries/overview';
import type { Cohort } from '../db/schema';
import { groupTrack } from '../overview/scope';
import { sharePercent, type ExportCell } from './cells';
import type { ResultsLabels } from './labels';

/**
 * The results export (resultaten.csv, .xlsx): a row per quiz item of the track's audience, in module and item order, from
 * one aggregate query over the group. "First attempt" is each learner's first submitted attempt
 * at the module; items no learner answered yet get empty shares.
 */
export async function* resultRows(
	db: Database,
	group: Cohort,
	labels: ResultsLabels
): AsyncGenerator<ExportCell[][]> {
	const { course, track, specs, scope } = groupTrack(group);
	yield [labels.header];
	const tallies = new Map<string, ItemTally>();
	for (const t of await itemTallies(db, scope)) tallies.set(`${t.moduleSlug}/${t.itemId}`, t);
	for (const spec of specs) {
		const rows = course.itemsFor(spec.slug, track.audience).map((item): ExportCell[] => {
			const t = tallies.get(`${spec.slug}/${item.id}`);
			return [
				spec.title,
				item.id,
				item.type,
				questionOf(item).prompt,
				t?.firstAnswers ?? 0,
				sharePercent(t?.firstCorrect ?? 0, t?.firstAnswers ?? 0),
				t?.answers ?? 0,
				sharePercent(t?.correct ?? 0, t?.answers ?? 0),
				t?.confidentWrong ?? 0
			];
		});
		yield rows;
	}
}
