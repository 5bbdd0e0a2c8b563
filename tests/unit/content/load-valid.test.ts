import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, loadCourse } from '$lib/server/content';
import { Fixture } from './fixture';

let fixture: Fixture;
beforeEach(() => {
	fixture = new Fixture();
});
afterEach(() => fixture.cleanup());

describe('loadCourse on a valid course', () => {
	it('loads without errors or warnings and covers every passage', () => {
		const report = loadCourse(fixture.root);
		expect(report.warnings).toEqual([]);
		expect(report.coverage).toEqual({ total: 4, cited: 4, share: 1, uncited: [] });
	});

	it('orders modules by folder number and drops the number from the slug', () => {
		const { course } = loadCourse(fixture.root);
		expect(course.modules.map((m) => [m.number, m.slug])).toEqual([
			[1, 'alpha'],
			[2, 'beta']
		]);
	});

	it('indexes tracks, lessons, items, reflections and passages', () => {
		const { course } = loadCourse(fixture.root);
		expect(course.trackModules('leraar').map((m) => m.slug)).toEqual(['alpha', 'beta']);
		expect(course.lesson('alpha', 'les-2')?.sections[0]?.passages).toEqual(['deel-1']);
		expect(course.item('beta-03')).toMatchObject({ type: 'true-false', module: 'beta' });
		expect(course.itemsFor('alpha', 'ondersteuner')).toHaveLength(36);
		expect(course.reflection('alpha', 'leraar')?.model).toBe('alact');
		expect(course.passage('deel-2')?.section).toBe('deel');
		expect(course.track('ondersteuner')?.slug).toBe('track-ondersteuner');
	});

	it('resolves item and lesson audiences from the module', () => {
		fixture.edit('01-alpha/02-les-2.md', (text) =>
			text.replace('title: Les', 'title: Les\naudiences: [leraar]')
		);
		const { course } = loadCourse(fixture.root);
		expect(course.lessonsFor('alpha', 'ondersteuner').map((l) => l.slug)).toEqual(['les-1']);
		expect(course.item('alpha-01')?.audiences).toEqual(['leraar', 'ondersteuner']);
	});

	it('is deeply frozen', () => {
		const { course } = loadCourse(fixture.root);
		expect(Object.isFrozen(course)).toBe(true);
		expect(Object.isFrozen(course.modules[0]?.items[0])).toBe(true);
	});

	it('measures readability per lesson and audience', () => {
		const { readability } = loadCourse(fixture.root);
		expect(readability).toHaveLength(8);
		expect(readability[0]).toMatchObject({ module: 'alpha', lesson: 'les-1', audience: 'leraar' });
	});

	it('keeps the content version stable and changes it with the content', () => {
		const first = loadCourse(fixture.root).course.version;
		expect(loadCourse(fixture.root).course.version).toBe(first);
		expect(first).toMatch(/^[0-9a-f]{12}$/);
		fixture.edit('01-alpha/module.md', (text) => text.replace('Introductie', 'Inleiding'));
		expect(loadCourse(fixture.root).course.version).not.toBe(first);
	});

	it('throws one ContentError that lists every error', () => {
		fixture.remove('02-beta/quiz.yaml');
		fixture.remove('01-alpha/reflectie-leraar.yaml');
		expect(() => loadCourse(fixture.root)).toThrow(ContentError);
		expect(fixture.errors().length).toBeGreaterThanOrEqual(3);
	});
});
