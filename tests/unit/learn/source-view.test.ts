import { describe, expect, it } from 'vitest';
import { getCourse } from '$lib/server/content';
import { getSourceView } from '../../../src/lib/server/learning/source-view';

describe('getSourceView', () => {
	const course = getCourse();
	const view = getSourceView(course);

	it('holds every passage and heading once, in the article’s order', () => {
		const passages = view.blocks.filter((b) => b.kind === 'passage').map((b) => b.id);
		expect(passages).toEqual(course.passages.map((p) => p.id));
		expect(view.blocks).toHaveLength(course.passages.length + course.sections.length);
		const ids = view.blocks.map((b) => b.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('puts each heading right before the passages of its section', () => {
		const index = view.blocks.findIndex((b) => b.id === 'onderwijsassistent');
		expect(view.blocks[index + 1]).toMatchObject({ kind: 'passage', id: 'onderwijsassistent-1' });
	});

	it('lists the top-level sections as contents', () => {
		expect(view.contents.map((c) => c.id)).toContain('ondersteuners');
		expect(view.contents.map((c) => c.id)).not.toContain('onderwijsassistent');
	});
});
