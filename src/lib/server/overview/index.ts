import { requireCohortAccess } from '../cohorts/access';
import type { Database } from '../db/client';
import type { PublicUser } from '../db/queries/users';
import { learnerInGroup } from './learner';
import { groupOverview } from './overview';

// Entry points for the trainer's group overview routes: each checks access to the group first
// (404 unless a trainer of it or an admin), then does its one job.

export type { GroupOverview } from './overview';
export type { LearnerInGroup } from './learner';

export async function loadGroupOverview(
	db: Database,
	user: PublicUser,
	cohortId: string,
	now: Date,
	params: URLSearchParams
) {
	const group = await requireCohortAccess(db, user, cohortId);
	return groupOverview(db, group, now, params);
}

/** One learner of the group: 404 unless the group is the user's and the learner is in it. */
export async function loadLearnerInGroup(
	db: Database,
	user: PublicUser,
	cohortId: string,
	userId: string,
	now: Date
) {
	const group = await requireCohortAccess(db, user, cohortId);
	return learnerInGroup(db, group, userId, now);
}
