import { describe, expect, it } from 'vitest';
import { parseHeading, parseLessonBody, textForAudience } from '$lib/content';

const lines = (...text: string[]) => text.join('\n');

describe('parseHeading', () => {
	it('splits the heading text from its passage ids', () => {
		expect(parseHeading('Twee niveaus {bron: a-1 b-2}')).toEqual({
			heading: 'Twee niveaus',
			passages: ['a-1', 'b-2'],
			hasSource: true
		});
	});

	it('accepts commas between ids', () => {
		expect(parseHeading('Kop {bron: a-1, b-2}').passages).toEqual(['a-1', 'b-2']);
	});

	it('reports a heading without source', () => {
		expect(parseHeading('Kop zonder bron')).toEqual({
			heading: 'Kop zonder bron',
			passages: [],
			hasSource: false
		});
	});
});

describe('parseLessonBody', () => {
	const body = lines(
		'Opening.', //                       line 5 when the body starts at line 5
		'',
		'## Eerste {bron: p-1}',
		'Gedeeld.',
		':::leraar',
		'Voor de leraar.',
		':::',
		'### Sub',
		'## Tweede {bron: p-2 p-3}',
		':::ondersteuner',
		'Voor de ondersteuner.',
		':::'
	);

	it('splits sections with their heading line and passages', () => {
		const parsed = parseLessonBody(body, 5);
		expect(parsed.intro).toBe('Opening.');
		expect(parsed.sections.map((s) => [s.heading, s.line, s.passages])).toEqual([
			['Eerste', 7, ['p-1']],
			['Tweede', 13, ['p-2', 'p-3']]
		]);
		expect(parsed.problems).toEqual([]);
	});

	it('keeps `###` subheadings inside the section body', () => {
		expect(parseLessonBody(body).sections[0]?.body).toContain('### Sub');
	});

	it('lists variant blocks with their lines', () => {
		expect(parseLessonBody(body, 5).variants).toEqual([
			{ audience: 'leraar', line: 9, endLine: 11 },
			{ audience: 'ondersteuner', line: 14, endLine: 16 }
		]);
	});

	it('reports a nested variant block', () => {
		const parsed = parseLessonBody(lines('## A {bron: p}', ':::leraar', ':::ondersteuner', ':::'));
		expect(parsed.problems).toEqual([{ line: 3, message: expect.stringContaining('do not nest') }]);
	});

	it('reports an unclosed variant block at its opening line', () => {
		const parsed = parseLessonBody(lines('## A {bron: p}', 'x', ':::leraar', 'y'), 10);
		expect(parsed.problems).toEqual([
			{ line: 12, message: expect.stringContaining('never closed') }
		]);
	});

	it('reports a stray closing line', () => {
		expect(parseLessonBody(lines('## A {bron: p}', ':::')).problems[0]).toMatchObject({ line: 2 });
	});

	it('reports an unknown variant', () => {
		const parsed = parseLessonBody(lines('## A {bron: p}', ':::trainer', ':::'));
		expect(parsed.problems).toEqual([
			{ line: 2, message: expect.stringContaining('unknown variant `:::trainer`') }
		]);
	});

	it('reports a section heading inside a variant block', () => {
		const parsed = parseLessonBody(lines(':::leraar', '## A {bron: p}', ':::'));
		expect(parsed.problems).toEqual([
			{ line: 2, message: expect.stringContaining('inside `:::leraar`') }
		]);
	});

	it('reports a level-one heading', () => {
		expect(parseLessonBody('# Titel').problems[0]?.message).toContain('use `##`');
	});

	it('reports raw HTML but not autolinks, comparisons or inline code', () => {
		const parsed = parseLessonBody(
			lines('<div>x</div>', '<https://x.nl>', 'a < b', '`<b>`', 'tekst <br/>')
		);
		expect(parsed.problems.map((p) => p.line)).toEqual([1, 5]);
	});

	it('ignores headings and markers inside fenced code', () => {
		const parsed = parseLessonBody(lines('## A {bron: p}', '```', '## niet', ':::leraar', '```'));
		expect(parsed.sections).toHaveLength(1);
		expect(parsed.problems).toEqual([]);
	});

	it('marks a section without source', () => {
		expect(parseLessonBody('## Kop').sections[0]).toMatchObject({ hasSource: false, passages: [] });
	});
});

describe('textForAudience', () => {
	const body = lines(
		'## Kop {bron: p-1}',
		'Gedeeld.',
		':::leraar',
		'Leraar.',
		':::',
		':::ondersteuner',
		'Ondersteuner.',
		':::'
	);

	it('keeps shared text and the audience block, without markers or source ids', () => {
		expect(textForAudience(body, 'ondersteuner')).toBe('## Kop\nGedeeld.\nOndersteuner.');
	});

	it('drops the other audience', () => {
		expect(textForAudience(body, 'leraar')).not.toContain('Ondersteuner.');
	});
});
