import type { Handle } from '@sveltejs/kit';
import { getLocale } from '../../paraglide/runtime';
import { getCourse } from '../content';
import { lessonHtml } from './lesson-html';

// Puts the cached lesson HTML into the lesson page (docs/decisions/004-lesson-html.md). The page
// renders an empty <klasteam-lesson> element where the text belongs; this handle swaps it for
// the HTML on the way out. The page's load() has already checked the session and the
// enrolment: when it refuses, an error page is rendered, which has no slot to fill.

export const LESSON_ROUTE = '/leren/[track]/[module]/les/[lesson]';

/** Svelte escapes every text it renders, so only the page template itself can produce this. */
export const LESSON_SLOT = '<klasteam-lesson></klasteam-lesson>';

/** Replaces the first slot only; a function replacement, so `$&` in a lesson stays literal. */
export function fillLessonSlot(page: string, html: string): string {
	return page.replace(LESSON_SLOT, () => html);
}

export const lessonHtmlHandle: Handle = ({ event, resolve }) => {
	if (event.route.id !== LESSON_ROUTE) return resolve(event);
	const { track, module, lesson } = event.params;
	if (!track || !module || !lesson) return resolve(event);
	const html = lessonHtml(getCourse(), { track, module, lesson }, getLocale());
	if (html === null) return resolve(event);
	let filled = false;
	return resolve(event, {
		transformPageChunk: ({ html: chunk }) => {
			if (filled || !chunk.includes(LESSON_SLOT)) return chunk;
			filled = true;
			return fillLessonSlot(chunk, html);
		}
	});
};
