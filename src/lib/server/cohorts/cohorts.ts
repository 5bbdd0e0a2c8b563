import type { Database } from '../db/client';
import { findCohortByCode, insertCohort } from '../db/queries/cohorts';
import type { Cohort } from '../db/schema';
import { newId } from '../auth/tokens';
import { newJoinCode, normaliseJoinCode } from './join-code';

export interface NewCohort {
	name: string;
	trackId: string;
	ownerId: string;
	startsOn?: string | null;
	endsOn?: string | null;
}

/** Creates a group with a fresh join code; the owner is its first trainer. */
export async function createCohort(db: Database, input: NewCohort): Promise<Cohort> {
	return insertCohort(db, {
		id: newId(),
		name: input.name.trim(),
		trackId: input.trackId,
		ownerId: input.ownerId,
		startsOn: input.startsOn ?? null,
		endsOn: input.endsOn ?? null,
		joinCode: newJoinCode()
	});
}

export type JoinableCohort =
	{ ok: true; cohort: Cohort } | { ok: false; reason: 'unknown' | 'archived' | 'ended' };

/**
 * A code a learner may join with: it exists, the group is not archived, and it has not ended.
 * `today` is the learner's calendar date (Europe/Amsterdam), as `YYYY-MM-DD`.
 */
export async function findJoinableCohort(
	db: Database,
	input: string,
	today: string
): Promise<JoinableCohort> {
	const code = normaliseJoinCode(input);
	const found = code ? await findCohortByCode(db, code) : undefined;
	if (!found) return { ok: false, reason: 'unknown' };
	if (found.archivedAt) return { ok: false, reason: 'archived' };
	if (found.endsOn && found.endsOn < today) return { ok: false, reason: 'ended' };
	return { ok: true, cohort: found };
}
