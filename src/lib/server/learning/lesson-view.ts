import { error } from '@sveltejs/kit';
import type { Track } from '../../content';
import { getCourse, type Course, type CourseLesson, type CourseModule } from '../content';
import type { Database } from '../db/client';
import { recordActivity } from '../db/queries/activity';
import { isEnrolled } from '../db/queries/enrolment';
import { lessonAccess, recordLessonRead } from '../db/queries/lessons';

export interface LessonParams {
	track: string;
	module: string;
	lesson: string;
}

export interface LessonPlace {
	track: Track;
	module: CourseModule;
	lessons: CourseLesson[];
	index: number;
}

/** The lesson within the track's audience, or null for a lesson that is not. */
export function findLesson(course: Course, params: LessonParams): LessonPlace | null {
	const track = course.tracks.find((t) => t.slug === params.track);
	const module = track?.modules.includes(params.module) ? course.module(params.module) : undefined;
	if (!track || !module) return null;
	const lessons = course.lessonsFor(module.slug, track.audience);
	const index = lessons.findIndex((lesson) => lesson.slug === params.lesson);
	return index < 0 ? null : { track, module, lessons, index };
}

/** 404 for a lesson that is not: the same answer as for one the learner may not open. */
function locate(course: Course, params: LessonParams): LessonPlace {
	return findLesson(course, params) ?? error(404, 'not-found');
}

export type LessonAccess = Awaited<ReturnType<typeof lessonAccess>>;

/** Enrolment in the lesson's track and the lesson's read state, in one query. */
export async function checkLessonAccess(
	db: Database,
	userId: string,
	place: LessonPlace
): Promise<LessonAccess> {
	return lessonAccess(db, {
		userId,
		trackId: place.track.id,
		moduleSlug: place.module.slug,
		lessonSlug: place.lessons[place.index]!.slug
	});
}

const brief = (lesson: CourseLesson | undefined) =>
	lesson ? { slug: lesson.slug, title: lesson.title } : null;

/**
 * What the lesson page needs besides the lesson text, which the lesson-HTML hook adds from its
 * cache: titles, position, read state and neighbours. One database round trip, or none when the
 * hook has already checked the access for this request (`known`).
 */
export async function getLessonView(
	db: Database,
	userId: string,
	params: LessonParams,
	known?: LessonAccess,
	course: Course = getCourse()
) {
	const place = locate(course, params);
	const { track, module, lessons, index } = place;
	const lesson = lessons[index];
	if (!lesson) error(404, 'not-found');
	const access = known ?? (await checkLessonAccess(db, userId, place));
	if (!access.enrolled) error(404, 'not-found');
	return {
		track: { slug: track.slug, title: track.title },
		module: { slug: module.slug, title: module.title },
		lesson: {
			slug: lesson.slug,
			title: lesson.title,
			minutes: lesson.estimatedMinutes,
			position: index + 1,
			count: lessons.length
		},
		read: access.read,
		previous: brief(lessons[index - 1]),
		next: brief(lessons[index + 1])
	};
}

/**
 * Records that the learner read the lesson (reaching its end and pressing the button); doing it
 * twice keeps the first time. Returns the next lesson's slug, or null after the module's last.
 */
export async function readLesson(
	db: Database,
	userId: string,
	params: LessonParams,
	now: Date,
	course: Course = getCourse()
): Promise<{ next: string | null }> {
	const { track, module, lessons, index } = locate(course, params);
	const lesson = lessons[index];
	if (!lesson || !(await isEnrolled(db, userId, track.id))) error(404, 'not-found');
	await db.transaction(async (tx) => {
		const first = await recordLessonRead(tx, {
			userId,
			moduleSlug: module.slug,
			lessonSlug: lesson.slug,
			at: now
		});
		if (first) {
			await recordActivity(tx, {
				userId,
				kind: 'lesson-read',
				at: now,
				moduleSlug: module.slug,
				subject: lesson.slug
			});
		}
	});
	return { next: lessons[index + 1]?.slug ?? null };
}
