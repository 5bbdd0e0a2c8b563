import type { Track } from '../../content';
import { amsterdamDate } from '../../dates';
import { findJoinableCohort } from '../cohorts/cohorts';
import { getCourse, type Course } from '../content';
import type { Database } from '../db/client';
import { recordActivity } from '../db/queries/activity';
import { addMember, isActiveMember } from '../db/queries/cohorts';
import { enrol } from '../db/queries/enrolment';
import type { Role } from '../db/schema';
import { checkJoinInput, type JoinInputProblem } from './join-input';

export type JoinFailure = JoinInputProblem | 'unknown' | 'archived' | 'ended' | 'not-learner';

interface Learner {
	id: string;
	role: Role;
}

/** A learner starts a track on their own; starting it again changes nothing. */
export async function startTrack(
	db: Database,
	user: Learner,
	trackId: string,
	now: Date,
	course: Course = getCourse()
): Promise<Track | null> {
	const track = course.track(trackId);
	if (!track) return null;
	await db.transaction(async (tx) => {
		if (await enrol(tx, user.id, track.id, now)) {
			await recordActivity(tx, {
				userId: user.id,
				kind: 'track-enrolled',
				at: now,
				subject: track.id
			});
		}
	});
	return track;
}

/**
 * Joins the group behind a code and enrols the learner in its track, in one transaction: a
 * learner is never a member of a group without being able to open its track.
 */
export async function joinCohort(
	db: Database,
	user: Learner,
	input: string,
	now: Date,
	course: Course = getCourse()
): Promise<{ ok: true; cohortName: string; track: Track } | { ok: false; reason: JoinFailure }> {
	const checked = checkJoinInput(input);
	if (!checked.ok) return checked;
	if (user.role !== 'learner') return { ok: false, reason: 'not-learner' };
	const found = await findJoinableCohort(db, checked.code, amsterdamDate(now));
	if (!found.ok) return found;
	const track = course.track(found.cohort.trackId);
	if (!track) return { ok: false, reason: 'unknown' };
	const cohortId = found.cohort.id;
	await db.transaction(async (tx) => {
		const wasMember = await isActiveMember(tx, cohortId, user.id);
		await addMember(tx, cohortId, user.id, now);
		if (await enrol(tx, user.id, track.id, now)) {
			await recordActivity(tx, {
				userId: user.id,
				kind: 'track-enrolled',
				at: now,
				subject: track.id
			});
		}
		if (!wasMember) {
			await recordActivity(tx, {
				userId: user.id,
				kind: 'cohort-joined',
				at: now,
				subject: cohortId
			});
		}
	});
	return { ok: true, cohortName: found.cohort.name, track };
}

export type JoinPreview =
	| { ok: true; code: string; cohortName: string; trackTitle: string; member: boolean }
	| { ok: false; reason: JoinFailure };

/** What the join link shows before anyone clicks: the group and its track, or why not. */
export async function previewJoin(
	db: Database,
	userId: string | null,
	input: string,
	now: Date,
	course: Course = getCourse()
): Promise<JoinPreview> {
	const checked = checkJoinInput(input);
	if (!checked.ok) return { ok: false, reason: 'unknown' };
	const found = await findJoinableCohort(db, checked.code, amsterdamDate(now));
	if (!found.ok) return found;
	const track = course.track(found.cohort.trackId);
	if (!track) return { ok: false, reason: 'unknown' };
	return {
		ok: true,
		code: found.cohort.joinCode,
		cohortName: found.cohort.name,
		trackTitle: track.title,
		member: userId ? await isActiveMember(db, found.cohort.id, userId) : false
	};
}
