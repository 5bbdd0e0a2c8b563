import { describe, expect, it } from 'vitest';
import { parseSourceArticle } from '$lib/content';

const article = [
	'# De titel', //                                  line 4 (body starts at 4)
	'',
	'Opening van het artikel. {#inleiding-1}',
	'',
	'## Deel een {#deel-een}',
	'',
	'Een alinea',
	'over twee regels. {#deel-een-1}',
	'',
	'### Onderdeel {#onderdeel}',
	'',
	'Inleiding van een lijst: {#onderdeel-1}',
	'',
	'- Eerste punt. {#onderdeel-2}',
	'',
	'- Tweede punt. {#onderdeel-3}',
	'',
	'## Deel twee {#deel-twee}',
	'',
	'Laatste alinea. {#deel-twee-1}'
].join('\n');

describe('parseSourceArticle', () => {
	const parsed = parseSourceArticle(article, 4);

	it('reads the title', () => {
		expect(parsed.title).toBe('De titel');
	});

	it('reads every passage with its section and line', () => {
		expect(parsed.passages.map((p) => [p.id, p.section, p.line])).toEqual([
			['inleiding-1', null, 6],
			['deel-een-1', 'deel-een', 10],
			['onderdeel-1', 'onderdeel', 15],
			['onderdeel-2', 'onderdeel', 17],
			['onderdeel-3', 'onderdeel', 19],
			['deel-twee-1', 'deel-twee', 23]
		]);
	});

	it('joins paragraph lines and strips the id and list marker', () => {
		expect(parsed.passages[1]?.text).toBe('Een alinea over twee regels.');
		expect(parsed.passages[3]?.text).toBe('Eerste punt.');
	});

	it('reads sections with level and parent', () => {
		expect(parsed.sections.map((s) => [s.id, s.level, s.parent, s.line])).toEqual([
			['deel-een', 2, null, 8],
			['onderdeel', 3, 'deel-een', 13],
			['deel-twee', 2, null, 21]
		]);
	});

	it('reports no problems for a well-formed article', () => {
		expect(parsed.problems).toEqual([]);
	});

	it('reports a paragraph without id', () => {
		const result = parseSourceArticle('## A {#a}\n\nGeen id hier.');
		expect(result.problems).toEqual([{ line: 3, message: expect.stringContaining('passage id') }]);
	});

	it('reports a heading without anchor', () => {
		expect(parseSourceArticle('## Zonder anker').problems[0]?.message).toContain('section anchor');
	});

	it('reports a duplicate id with the earlier line', () => {
		const result = parseSourceArticle('Een. {#x-1}\n\nTwee. {#x-1}');
		expect(result.problems).toEqual([
			{ line: 3, message: expect.stringContaining('already used on line 1') }
		]);
		expect(result.passages).toHaveLength(1);
	});

	it('reports an id that is not a slug', () => {
		expect(parseSourceArticle('Een. {#Hoofd Letter}').problems[0]?.message).toContain('lower-case');
	});
});
