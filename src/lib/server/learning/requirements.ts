import type { Track } from '../../content';
import type { Course } from '../content';
import type { ModuleRequirement } from '../db/queries/completion';
import type { TrackModuleSpec } from './progress';

/**
 * What the completion rule needs from the content for one track: per module, the audience's
 * lessons and reflection exercise. The trainer's group views call this with the cohort's track.
 */
export interface TrackRequirements {
	specs: TrackModuleSpec[];
	requirements: ModuleRequirement[];
}

// Content is fixed while the process runs: each track's requirements are worked out once, not on
// every dashboard, module page and group overview. Keyed by the track object, so a reloaded
// course (tests) gets its own.
const known = new WeakMap<Track, TrackRequirements>();

export function trackRequirements(course: Course, track: Track): TrackRequirements {
	let found = known.get(track);
	if (!found) {
		found = buildRequirements(course, track);
		known.set(track, found);
	}
	return found;
}

function buildRequirements(course: Course, track: Track): TrackRequirements {
	const specs: TrackModuleSpec[] = [];
	const requirements: ModuleRequirement[] = [];
	for (const module of course.trackModules(track.id)) {
		const lessons = course.lessonsFor(module.slug, track.audience);
		const exercise = course.reflection(module.slug, track.audience);
		// The content check guarantees an exercise per audience that takes a module.
		if (!exercise) throw new Error(`module ${module.slug} has no reflection for ${track.audience}`);
		specs.push({
			slug: module.slug,
			title: module.title,
			passMark: module.passMark,
			prerequisites: module.prerequisites,
			lessons: lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title }))
		});
		requirements.push({
			moduleSlug: module.slug,
			lessonSlugs: lessons.map((lesson) => lesson.slug),
			reflectionId: exercise.id
		});
	}
	return { specs, requirements };
}
