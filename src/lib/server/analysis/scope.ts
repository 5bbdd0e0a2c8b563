import { getCourse } from '../content';
import type { ReflectionScope } from '../db/queries/inbox';
import type { PublicUser } from '../db/queries/users';

// Which reflections a viewer may read. Trainers: those of the groups they train. Admins: those
// of every group, because an admin reaches every group (design: "an admin can see all groups");
// their every open is audited like a trainer's, so the learner sees it. Reflections of learners
// in no group stay unread by anyone, as the learner's form promises.

let exercisesPerTrack: ReflectionScope['exercises'] | undefined;

/** Per track, the exercises of its modules for its audience; content is fixed per process. */
function trackExercises(): ReflectionScope['exercises'] {
	if (!exercisesPerTrack) {
		const course = getCourse();
		exercisesPerTrack = course.tracks.map((track) => ({
			trackId: track.id,
			exerciseIds: track.modules.flatMap(
				(slug) => course.reflection(slug, track.audience)?.id ?? []
			)
		}));
	}
	return exercisesPerTrack;
}

export function reflectionScope(viewer: PublicUser): ReflectionScope {
	return { trainerId: viewer.role === 'admin' ? null : viewer.id, exercises: trackExercises() };
}
