import type { GroupPeriod } from '../../overview/attention';
import { getCourse, type Course } from '../content';
import type { ModuleRequirement } from '../db/queries/completion';
import type { TrackScope } from '../db/queries/overview';
import type { Cohort } from '../db/schema';
import type { TrackModuleSpec } from '../learning/progress';
import { trackRequirements } from '../learning/requirements';
import type { Track } from '../../content';

/** Everything the group's views need to know about its track, from the content. */
export interface GroupTrack {
	course: Course;
	track: Track;
	specs: TrackModuleSpec[];
	requirements: ModuleRequirement[];
	scope: TrackScope;
	period: GroupPeriod;
}

export function groupTrack(group: Cohort, course: Course = getCourse()): GroupTrack {
	const track = course.track(group.trackId);
	// Groups are created with a track from the content; a missing one is a deployment error.
	if (!track) throw new Error(`group ${group.id} has unknown track ${group.trackId}`);
	const { specs, requirements } = trackRequirements(course, track);
	return {
		course,
		track,
		specs,
		requirements,
		scope: {
			cohortId: group.id,
			trackId: track.id,
			audience: track.audience,
			moduleSlugs: specs.map((s) => s.slug),
			exerciseIds: requirements.map((r) => r.reflectionId)
		},
		period: {
			startsOn: group.startsOn,
			endsOn: group.endsOn,
			archived: group.archivedAt !== null
		}
	};
}
