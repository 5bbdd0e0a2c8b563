import { error } from '@sveltejs/kit';
import type { Audience, Track } from '../../content';
import { getCourse, type Course, type CourseModule } from '../content';
import type { Database } from '../db/client';
import { isEnrolled } from '../db/queries/enrolment';

export interface TrackContext {
	course: Course;
	track: Track;
	/** The audience whose variant of the content this learner reads. */
	audience: Audience;
}

/**
 * The track a learner works in, from the URL's track slug. A learner who is not enrolled gets
 * 404, like a track that does not exist: no other learner's work is ever behind these URLs.
 */
export async function requireTrack(
	db: Database,
	userId: string,
	trackSlug: string
): Promise<TrackContext> {
	const course = getCourse();
	const track = course.tracks.find((t) => t.slug === trackSlug);
	if (!track || !(await isEnrolled(db, userId, track.id))) error(404, 'not-found');
	return { course, track, audience: track.audience };
}

/**
 * The track and module named in the URL, without the enrolment check, or 404. Only for callers
 * that check the enrolment in their own query (a quiz submission); everyone else uses
 * requireModule.
 */
export function locateModule(
	trackSlug: string,
	moduleSlug: string
): TrackContext & { module: CourseModule } {
	const course = getCourse();
	const track = course.tracks.find((t) => t.slug === trackSlug);
	const module = track?.modules.includes(moduleSlug) ? course.module(moduleSlug) : undefined;
	if (!track || !module) error(404, 'not-found');
	return { course, track, audience: track.audience, module };
}

export async function requireModule(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string
): Promise<TrackContext & { module: CourseModule }> {
	const context = locateModule(trackSlug, moduleSlug);
	if (!(await isEnrolled(db, userId, context.track.id))) error(404, 'not-found');
	return context;
}
