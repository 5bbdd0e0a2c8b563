import type { Handle, RequestEvent } from '@sveltejs/kit';
import { getLocale } from '../../paraglide/runtime';
import { getCourse } from '../content';
import { getDb } from '../db';
import { escapeHtml, lessonHtml } from './lesson-html';
import { cachedPage, NAME_MARK, pageResponse, storePage, type PageKey } from './lesson-page-cache';
import { checkLessonAccess, findLesson, type LessonParams } from './lesson-view';

// Puts the cached lesson HTML into the lesson page (docs/decisions/004-lesson-html.md). The page
// renders an empty <klasteam-lesson> element where the text belongs; this handle swaps it for
// the HTML on the way out. The page's load() has already checked the session and the
// enrolment: when it refuses, an error page is rendered, which has no slot to fill.
//
// A reader's view of a lesson is also kept whole (docs/decisions/009-lesson-page-cache.md): the
// first render for a key is kept here; later views are answered by lesson-fast-path.ts, or here
// when the fast path declined (a session being renewed, say).

export const LESSON_ROUTE = '/leren/[track]/[module]/les/[lesson]';

/**
 * A view of a lesson page that may be kept whole or answered from what is kept: a GET of the page
 * itself (no data request) without a query string, since the page's own links carry the query.
 */
export function isPlainLessonView(event: RequestEvent): boolean {
	return (
		event.route.id === LESSON_ROUTE &&
		event.request.method === 'GET' &&
		!event.isDataRequest &&
		event.url.search === ''
	);
}

/** Svelte escapes every text it renders, so only the page template itself can produce this. */
export const LESSON_SLOT = '<klasteam-lesson></klasteam-lesson>';

/** Replaces the first slot only; a function replacement, so `$&` in a lesson stays literal. */
export function fillLessonSlot(page: string, html: string): string {
	return page.replace(LESSON_SLOT, () => html);
}

export const lessonHtmlHandle: Handle = async ({ event, resolve }) => {
	if (event.route.id !== LESSON_ROUTE) return resolve(event);
	const { track, module, lesson } = event.params;
	if (!track || !module || !lesson) return resolve(event);
	const html = lessonHtml(getCourse(), { track, module, lesson }, getLocale());
	if (html === null) return resolve(event);
	let filled = false;
	const render = (e: RequestEvent) =>
		resolve(e, {
			transformPageChunk: ({ html: chunk }) => {
				if (filled || !chunk.includes(LESSON_SLOT)) return chunk;
				filled = true;
				return fillLessonSlot(chunk, html);
			}
		});
	return (await cachedLessonPage(event, render)) ?? render(event);
};

/**
 * The page from the cache, or rendered once with the name marker and kept; null when the request
 * is not a plain page view by an enrolled reader, which then takes the ordinary way.
 */
async function cachedLessonPage(
	event: RequestEvent,
	render: (event: RequestEvent) => Response | Promise<Response>
): Promise<Response | null> {
	const { user, session } = event.locals;
	// A renewed session sends its cookie, which only the ordinary way adds to the response.
	if (!user || !session || session.renewed || !isPlainLessonView(event)) return null;
	const course = getCourse();
	const place = findLesson(course, event.params as unknown as LessonParams);
	if (!place) return null;
	const access = await checkLessonAccess(getDb(), user.id, place);
	// The page's load() uses this answer, so a page kept under `read` was rendered as read.
	event.locals.lessonAccess = access;
	if (!access.enrolled) return null;
	const key: PageKey = {
		path: event.url.pathname,
		locale: getLocale(),
		role: user.role,
		read: access.read,
		contentVersion: course.version
	};
	const page = cachedPage(key);
	if (page) return pageResponse(page, user.name);

	event.locals.user = { ...user, name: NAME_MARK };
	const response = await render(event);
	event.locals.user = user;
	const html = await response.text();
	const type = response.headers.get('content-type') ?? '';
	if (response.status === 200 && type.startsWith('text/html')) {
		return pageResponse(storePage(key, html, response.headers), user.name);
	}
	// Not kept (an error page): its own status and headers, the reader's name in place of the
	// marker, and no length or entity tag of the page with the marker.
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	headers.delete('etag');
	return new Response(
		html.replaceAll(NAME_MARK, () => escapeHtml(user.name)),
		{
			status: response.status,
			headers
		}
	);
}
