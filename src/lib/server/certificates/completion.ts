import type { Track } from '../../content';
import type { Database } from '../db/client';

/**
 * Which of a track's modules a learner has completed, for the track's audience. The rule itself
 * (lessons read, quiz passed, reflection submitted) lives once, in the completion query; this
 * slice only asks it. Services take it as a parameter, so tests can pass a stand-in.
 */
export type CompletedModules = (
	db: Database,
	userId: string,
	track: Track
) => Promise<ReadonlySet<string>>;

/** Complete when every module of the track is complete. */
export function isTrackComplete(track: Track, completed: ReadonlySet<string>): boolean {
	return track.modules.every((slug) => completed.has(slug));
}
