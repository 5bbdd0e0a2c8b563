import { describe, expect, it } from 'vitest';
import { markdownTree, safeHref } from '../../../src/lib/server/learning/markdown-tree';

describe('markdownTree', () => {
	it('turns paragraphs, emphasis and lists into plain data', () => {
		expect(markdownTree('Een **vet** woord.\n\n- een\n- twee')).toEqual([
			{
				t: 'p',
				c: [
					{ t: 'text', v: 'Een ' },
					{ t: 'strong', c: [{ t: 'text', v: 'vet' }] },
					{ t: 'text', v: ' woord.' }
				]
			},
			{
				t: 'ul',
				items: [
					[{ t: 'plain', c: [{ t: 'text', v: 'een' }] }],
					[{ t: 'plain', c: [{ t: 'text', v: 'twee' }] }]
				]
			}
		]);
	});

	it('keeps raw HTML as literal text, never as an element', () => {
		const tree = markdownTree('Hallo <b onclick="x">daar</b>');
		expect(JSON.stringify(tree)).toContain('<b onclick=\\"x\\">');
		expect(tree[0]?.t).toBe('p');
	});

	it('drops unsafe link targets and keeps the link text', () => {
		expect(markdownTree('[klik](javascript:alert(1))')).toEqual([
			{ t: 'p', c: [{ t: 'text', v: 'klik' }] }
		]);
	});
});

describe('safeHref', () => {
	it('allows the web, mail and the site itself', () => {
		expect(safeHref('https://example.org')).toBe('https://example.org');
		expect(safeHref('mailto:a@b.nl')).toBe('mailto:a@b.nl');
		expect(safeHref('/bron#x')).toBe('/bron#x');
		expect(safeHref('#x')).toBe('#x');
	});

	it('refuses scripts, data and other hosts without a scheme', () => {
		expect(safeHref('javascript:alert(1)')).toBeNull();
		expect(safeHref(' JAVASCRIPT:alert(1)')).toBeNull();
		expect(safeHref('data:text/html,x')).toBeNull();
		expect(safeHref('//evil.example')).toBeNull();
		expect(safeHref('/\\evil.example')).toBeNull();
	});
});
