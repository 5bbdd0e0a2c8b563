import type { Database } from '../db/client';
import {
	addCohortTrainer,
	findCohortByCode,
	removeMember,
	updateCohort
} from '../db/queries/cohorts';
import { findUserByEmail, type PublicUser } from '../db/queries/users';
import { insertAuditEvent } from '../db/queries/audit';
import type { Cohort } from '../db/schema';
import { canManageTrainers } from './access';
import { newJoinCode } from './join-code';

export async function updateCohortDetails(
	db: Database,
	cohortId: string,
	details: { name: string; startsOn: string | null; endsOn: string | null }
) {
	await updateCohort(db, cohortId, { ...details, name: details.name.trim() });
}

/** A new code invalidates the old code and link at once. Collisions are retried. */
export async function regenerateJoinCode(db: Database, cohortId: string): Promise<string> {
	for (let attempt = 0; attempt < 5; attempt++) {
		const code = newJoinCode();
		if (await findCohortByCode(db, code)) continue;
		await updateCohort(db, cohortId, { joinCode: code });
		return code;
	}
	throw new Error('no free join code after 5 tries');
}

export async function setArchived(db: Database, cohortId: string, archived: boolean, now: Date) {
	await updateCohort(db, cohortId, { archivedAt: archived ? now : null });
}

export type InviteResult = { ok: true; name: string } | { ok: false; reason: InviteProblem };
export type InviteProblem = 'not-allowed' | 'not-found' | 'not-trainer';

/** Co-trainers must already have a trainer account; invitations are by e-mail address. */
export async function inviteCoTrainer(
	db: Database,
	actor: PublicUser,
	group: Cohort,
	email: string
): Promise<InviteResult> {
	if (!canManageTrainers(actor, group)) return { ok: false, reason: 'not-allowed' };
	const found = await findUserByEmail(db, email);
	if (!found) return { ok: false, reason: 'not-found' };
	if (found.role !== 'trainer' && found.role !== 'admin')
		return { ok: false, reason: 'not-trainer' };
	await addCohortTrainer(db, group.id, found.id);
	return { ok: true, name: found.name };
}

/** Ends the learner's membership (their own work stays) and leaves an audit trail. */
export async function removeLearner(
	db: Database,
	actor: PublicUser,
	cohortId: string,
	learnerId: string,
	now: Date
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const removed = await removeMember(tx, cohortId, learnerId, now);
		if (removed) {
			await insertAuditEvent(tx, {
				actorId: actor.id,
				subjectUserId: learnerId,
				kind: 'cohort-member-removed',
				target: cohortId,
				at: now
			});
		}
		return removed;
	});
}
