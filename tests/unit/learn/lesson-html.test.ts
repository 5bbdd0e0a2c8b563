import { describe, expect, it } from 'vitest';
import { parseLessonBody } from '$lib/content';
import { getCourse, type CourseLesson } from '$lib/server/content';
import { lessonHtml, renderLessonHtml } from '../../../src/lib/server/learning/lesson-html';
import { fillLessonSlot, LESSON_SLOT } from '../../../src/lib/server/learning/lesson-html-hook';

const course = getCourse();

function lesson(body: string): CourseLesson {
	const parsed = parseLessonBody(body);
	return {
		slug: 'proef',
		number: 1,
		title: 'Proef',
		estimatedMinutes: null,
		audiences: ['leraar', 'ondersteuner'],
		intro: parsed.intro,
		sections: parsed.sections,
		body
	};
}

const body = [
	'Intro met <script>alert(1)</script> erin.',
	'',
	'## Eerste deel {bron: onderwijsassistent-1 klassenassistent-1}',
	'',
	'Gedeelde tekst met een [slechte link](javascript:alert(1)) en een [goede](https://example.org).',
	'',
	':::leraar',
	'Alleen voor leraren.',
	':::',
	'',
	':::ondersteuner',
	'Alleen voor ondersteuners.',
	':::',
	'',
	'| a | b |',
	'|---|---|',
	'| 1 | 2 |'
].join('\n');

describe('renderLessonHtml', () => {
	const html = renderLessonHtml(course, lesson(body), 'ondersteuner', 'nl');

	it('escapes raw HTML instead of rendering it', () => {
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('drops unsafe link targets but keeps their text, and keeps web links', () => {
		expect(html).not.toMatch(/href="javascript/i);
		expect(html).toContain('slechte link');
		expect(html).toContain('<a href="https://example.org">goede</a>');
	});

	it('shows only the reader’s audience variant, without the {bron} attribute', () => {
		expect(html).toContain('Alleen voor ondersteuners.');
		expect(html).not.toContain('Alleen voor leraren.');
		expect(html).not.toContain('{bron');
		expect(html).toContain('<h2 id="sectie-1">Eerste deel</h2>');
	});

	it('opens each cited passage in place, linking to the passage in the full article', () => {
		const passage = course.passage('onderwijsassistent-1');
		expect(passage).toBeDefined();
		expect(html.match(/<details class="citation">/g)).toHaveLength(2);
		expect(html).toContain('<summary>Uit het artikel: Onderwijsassistent, alinea 1</summary>');
		expect(html).toContain(passage?.text.slice(0, 60));
		expect(html).toContain('href="/bron#onderwijsassistent-1"');
		expect(html).toContain('href="/bron#klassenassistent-1"');
	});

	it('wraps tables in a focusable region that scrolls by itself on a phone', () => {
		expect(html).toMatch(
			/<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]+"><table>/
		);
	});

	it('writes its own words in the reader’s language', () => {
		const english = renderLessonHtml(course, lesson(body), 'ondersteuner', 'en');
		expect(english).toContain('From the article: Onderwijsassistent, paragraph 1');
	});
});

describe('lessonHtml (the cache)', () => {
	const track = course.tracks.find((t) => t.id === 'leraar');
	const module = course.trackModules('leraar')[0];
	const first = module?.lessons[0];

	it('returns the same string for the same lesson, audience and locale', () => {
		if (!track || !module || !first) throw new Error('course has no first lesson');
		const params = { track: track.slug, module: module.slug, lesson: first.slug };
		const once = lessonHtml(course, params, 'nl');
		expect(once).toContain('<section');
		expect(lessonHtml(course, params, 'nl')).toBe(once);
		expect(lessonHtml(course, params, 'en')).not.toBe(once);
	});

	it('refuses lessons outside the track or its audience', () => {
		if (!track || !module) throw new Error('course has no first module');
		expect(
			lessonHtml(course, { track: track.slug, module: module.slug, lesson: 'nee' }, 'nl')
		).toBeNull();
		expect(lessonHtml(course, { track: 'nee', module: module.slug, lesson: 'x' }, 'nl')).toBeNull();
		// werken-als-ondersteuner is a module of the assistant track only.
		expect(
			lessonHtml(
				course,
				{ track: track.slug, module: 'werken-als-ondersteuner', lesson: 'jouw-niveau-en-rol' },
				'nl'
			)
		).toBeNull();
	});
});

describe('fillLessonSlot', () => {
	it('replaces the slot once and keeps $ patterns in the lesson literal', () => {
		const page = `<h1>x</h1>${LESSON_SLOT}<p>${LESSON_SLOT}</p>`;
		expect(fillLessonSlot(page, '<p>kost $& en $1</p>')).toBe(
			`<h1>x</h1><p>kost $& en $1</p><p>${LESSON_SLOT}</p>`
		);
	});
});
