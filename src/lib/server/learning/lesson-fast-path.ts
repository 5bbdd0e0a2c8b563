import type { Handle } from '@sveltejs/kit';
import { extractLocaleFromRequest } from '../../paraglide/runtime';
import { peekSession } from '../auth/session';
import { getCourse } from '../content';
import { getDb } from '../db';
import { lessonReader } from '../db/queries/lessons';
import { requestNow } from '../http/clock';
import { sessionCookieName } from '../http/cookie';
import { applySecurityHeaders } from '../http/headers';
import { isPlainLessonView } from './lesson-html-hook';
import { cachedPage, pageResponse } from './lesson-page-cache';
import { findLesson, type LessonParams } from './lesson-view';

// The lesson page's fast path (docs/decisions/009-lesson-page-cache.md), early in the hooks: a
// reader's view of a lesson that is already in the page cache is answered with one query (the
// session, its user, enrolment and read state), without the language middleware or the renderer.
// Anything else (no cache entry yet, a session that must be renewed or ended, no enrolment, a
// query string) goes the ordinary way, which renders the page and fills the cache.

export const lessonFastPath: Handle = async ({ event, resolve }) => {
	if (!isPlainLessonView(event)) return resolve(event);
	const token = event.cookies.get(sessionCookieName(event.url));
	const course = getCourse();
	const place = findLesson(course, event.params as unknown as LessonParams);
	if (!token || !place) return resolve(event);

	const reader = await peekSession(token, requestNow(event.request), (sessionId) =>
		lessonReader(getDb(), {
			sessionId,
			trackId: place.track.id,
			moduleSlug: place.module.slug,
			lessonSlug: place.lessons[place.index]!.slug
		})
	);
	const page =
		reader?.enrolled &&
		cachedPage({
			path: event.url.pathname,
			locale: extractLocaleFromRequest(event.request),
			role: reader.user.role,
			read: reader.read,
			contentVersion: course.version
		});
	if (!reader || !page) return resolve(event);

	const response = pageResponse(page, reader.user.name);
	applySecurityHeaders(response.headers, {
		https: event.url.protocol === 'https:',
		personal: true
	});
	return response;
};
