import type { Track } from '../../content';
import { getCourse, type Course } from '../content';
import type { Database } from '../db/client';
import { completionFacts, type ModuleFacts } from '../db/queries/completion';
import { trackRequirements } from './requirements';
import { buildTrackProgress, type TrackProgress } from './track-progress';

/**
 * Track progress for many learners at once (a trainer's group of hundreds): one completion
 * query for all of them, then the pure rules per learner. Learners with no work get an entry too.
 */
export async function trackProgressFor(
	db: Database,
	userIds: readonly string[],
	track: Track,
	course: Course = getCourse()
): Promise<Map<string, TrackProgress>> {
	const { specs, requirements } = trackRequirements(course, track);
	const facts = await completionFacts(db, {
		userIds,
		audience: track.audience,
		modules: requirements
	});
	const byUser = new Map<string, Map<string, ModuleFacts>>();
	for (const f of facts) {
		const own = byUser.get(f.userId) ?? new Map<string, ModuleFacts>();
		own.set(f.moduleSlug, f);
		byUser.set(f.userId, own);
	}
	return new Map(userIds.map((id) => [id, buildTrackProgress(specs, byUser.get(id) ?? new Map())]));
}

/** One learner's progress in one track. */
export async function learnerTrackProgress(
	db: Database,
	userId: string,
	track: Track,
	course: Course = getCourse()
): Promise<TrackProgress> {
	const progress = await trackProgressFor(db, [userId], track, course);
	const own = progress.get(userId);
	if (!own) throw new Error('progress missing for the learner asked for');
	return own;
}
