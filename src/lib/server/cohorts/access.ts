import { error } from '@sveltejs/kit';
import type { Database } from '../db/client';
import { findCohort, isCohortTrainer } from '../db/queries/cohorts';
import type { PublicUser } from '../db/queries/users';
import type { Cohort } from '../db/schema';

/**
 * A trainer reaches only the groups they train; an admin reaches every group. Anyone else gets
 * 404, so the existence of another trainer's group is not revealed either.
 */
export async function requireCohortAccess(
	db: Database,
	user: PublicUser,
	cohortId: string
): Promise<Cohort> {
	const found = await findCohort(db, cohortId);
	if (!found) error(404, 'not-found');
	if (user.role === 'admin') return found;
	if (user.role === 'trainer' && (await isCohortTrainer(db, cohortId, user.id))) return found;
	error(404, 'not-found');
}

/** The owner and admins manage who trains a group. */
export function canManageTrainers(user: PublicUser, group: Cohort): boolean {
	return user.role === 'admin' || group.ownerId === user.id;
}
