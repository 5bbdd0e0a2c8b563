import { questionOf } from '../../content';
import type { Database } from '../db/client';
import { itemTallies, type ItemTally } from '../db/queries/overview';
import type { Cohort } from '../db/schema';
import { groupTrack } from '../overview/scope';
import { shareCell } from './csv';
import type { ResultsLabels } from './labels';

/**
 * resultaten.csv: a row per quiz item of the track's audience, in module and item order, from
 * one aggregate query over the group. "First attempt" is each learner's first submitted attempt
 * at the module; items no learner answered yet get empty shares.
 */
export async function* resultRows(
	db: Database,
	group: Cohort,
	labels: ResultsLabels
): AsyncGenerator<string[][]> {
	const { course, track, specs, scope } = groupTrack(group);
	yield [labels.header];
	const tallies = new Map<string, ItemTally>();
	for (const t of await itemTallies(db, scope)) tallies.set(`${t.moduleSlug}/${t.itemId}`, t);
	for (const spec of specs) {
		const rows = course.itemsFor(spec.slug, track.audience).map((item) => {
			const t = tallies.get(`${spec.slug}/${item.id}`);
			return [
				spec.title,
				item.id,
				item.type,
				questionOf(item).prompt,
				String(t?.firstAnswers ?? 0),
				shareCell(t?.firstCorrect ?? 0, t?.firstAnswers ?? 0),
				String(t?.answers ?? 0),
				shareCell(t?.correct ?? 0, t?.answers ?? 0),
				String(t?.confidentWrong ?? 0)
			];
		});
		yield rows;
	}
}
