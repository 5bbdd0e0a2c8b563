import type { ReadEventView, ReaderView } from '../../reflection/types';
import type { Database } from '../db/client';
import { readEvents, trainersOfLearner } from '../db/queries/reflection';

/**
 * The people who can read the learner's reflections in this track, each with the groups that give
 * them access. An empty list means nobody: the learner is in no group for this track.
 */
export async function readersOf(
	db: Database,
	userId: string,
	trackId: string
): Promise<ReaderView[]> {
	const rows = await trainersOfLearner(db, userId, trackId);
	const byTrainer = new Map<string, ReaderView>();
	for (const row of rows) {
		const reader = byTrainer.get(row.trainerId) ?? { name: row.name, groups: [] };
		if (!reader.groups.includes(row.group)) reader.groups.push(row.group);
		byTrainer.set(row.trainerId, reader);
	}
	return [...byTrainer.values()];
}

/** Who opened this reflection and when, newest first; empty before the first submission. */
export async function readsOf(db: Database, reflectionId: string | null): Promise<ReadEventView[]> {
	if (!reflectionId) return [];
	const rows = await readEvents(db, reflectionId);
	return rows.map((row) => ({ name: row.name, at: row.at.toISOString() }));
}
