import { Marked, Renderer } from 'marked';
import { textForAudience, type Audience } from '../../content';
import { m } from '../../paraglide/messages';
import type { Locale } from '../../paraglide/runtime';
import type { Course, CourseLesson } from '../content';
import { safeHref } from './markdown-tree';

// A lesson's body as HTML, rendered once per process and kept in memory (issue 4, "Speed"):
// the lesson page never renders Markdown per request and never passes this HTML through load().
// Raw HTML in the Markdown is escaped: the content format forbids it, and it must never run.

export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

/** A Marked instance per locale: its own words (the table label) are in the reader's language. */
const instances = new Map<Locale, Marked>();
function lessonMarked(locale: Locale): Marked {
	let marked = instances.get(locale);
	if (marked) return marked;
	const tableLabel = escapeHtml(m.learn_lesson_table_label({}, { locale }));
	marked = new Marked({
		gfm: true,
		async: false,
		renderer: {
			html: ({ text }) => escapeHtml(text),
			image: ({ text }) => escapeHtml(text),
			link(token) {
				const inner = this.parser.parseInline(token.tokens);
				const href = safeHref(token.href);
				return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
			},
			table(token) {
				// A wide table scrolls inside its own focusable box, never the page, at 320 px.
				const table = Renderer.prototype.table.call(this, token);
				return `<div class="table-scroll" role="region" tabindex="0" aria-label="${tableLabel}">${table}</div>\n`;
			}
		}
	});
	instances.set(locale, marked);
	return marked;
}

function markdownToHtml(markdown: string, locale: Locale): string {
	return lessonMarked(locale).parse(markdown, { async: false });
}

/** Position of every passage within its article section (1-based), for readable citations. */
const passageNumbers = new WeakMap<Course, Map<string, number>>();
function passageNumber(course: Course, id: string): number {
	let numbers = passageNumbers.get(course);
	if (!numbers) {
		numbers = new Map();
		const counts = new Map<string | null, number>();
		for (const passage of course.passages) {
			const n = (counts.get(passage.section) ?? 0) + 1;
			counts.set(passage.section, n);
			numbers.set(passage.id, n);
		}
		passageNumbers.set(course, numbers);
	}
	return numbers.get(id) ?? 1;
}

function citation(course: Course, id: string, locale: Locale): string {
	const passage = course.passage(id);
	if (!passage) return '';
	const section = course.sections.find((s) => s.id === passage.section)?.title;
	const where = section ?? m.learn_cite_intro({}, { locale });
	const paragraph = passageNumber(course, id);
	const summary = m.learn_cite_summary({ section: where, paragraph }, { locale });
	const more = m.learn_cite_full_article({ section: where }, { locale });
	return (
		`<details class="citation"><summary>${escapeHtml(summary)}</summary>` +
		`<blockquote lang="nl"><p>${escapeHtml(passage.text)}</p></blockquote>` +
		`<p><a href="/bron#${escapeHtml(id)}">${escapeHtml(more)}</a></p></details>`
	);
}

/** The lesson body for one audience: intro, then each section with its cited passages. */
export function renderLessonHtml(
	course: Course,
	lesson: CourseLesson,
	audience: Audience,
	locale: Locale
): string {
	const parts: string[] = [];
	const intro = textForAudience(lesson.intro, audience);
	if (intro) parts.push(markdownToHtml(intro, locale));
	lesson.sections.forEach((section, index) => {
		const body = textForAudience(section.body, audience);
		if (!body) return;
		const id = `sectie-${index + 1}`;
		const heading = lessonMarked(locale).parseInline(section.heading, { async: false });
		const cites = section.passages.map((passage) => citation(course, passage, locale)).join('');
		const label = escapeHtml(m.learn_cite_group_label({ section: section.heading }, { locale }));
		parts.push(
			`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>\n${markdownToHtml(body, locale)}` +
				(cites
					? `<div class="citations" role="group" lang="${locale}" aria-label="${label}">${cites}</div>`
					: '') +
				`</section>`
		);
	});
	return parts.join('\n');
}

const cache = new Map<string, string>();

/**
 * The cached HTML of a lesson for a track (its audience) and locale, or null when the lesson is
 * not part of that track. Content is read-only for the life of the process, so entries never go
 * stale; the content version is in the key all the same.
 */
export function lessonHtml(
	course: Course,
	params: { track: string; module: string; lesson: string },
	locale: Locale
): string | null {
	const track = course.tracks.find((t) => t.slug === params.track);
	if (!track || !track.modules.includes(params.module)) return null;
	const lesson = course.lesson(params.module, params.lesson);
	if (!lesson || !lesson.audiences.includes(track.audience)) return null;
	const key = `${course.version}|${params.module}|${params.lesson}|${track.audience}|${locale}`;
	let html = cache.get(key);
	if (html === undefined) {
		html = renderLessonHtml(course, lesson, track.audience, locale);
		cache.set(key, html);
	}
	return html;
}
