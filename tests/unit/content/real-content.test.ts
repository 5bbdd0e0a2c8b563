import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '$lib/content';
import {
	ContentError,
	formatIssue,
	getCourse,
	loadCourse,
	type ContentReport
} from '$lib/server/content';

// Loads the real modules/ folder, so CI fails on bad content. The rules are asserted again
// here, independently of the checker's own code paths, as the course's acceptance criteria.

let report: ContentReport | undefined;
let errors: string[] = [];

beforeAll(() => {
	try {
		report = loadCourse();
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		errors = error.issues.map(formatIssue);
	}
});

function loaded(): ContentReport {
	if (!report) throw new Error(`content did not load:\n${errors.join('\n')}`);
	return report;
}

describe('the real course content', () => {
	it('loads without errors', () => {
		expect(errors).toEqual([]);
	});

	it('cites every passage of the article', () => {
		expect(loaded().coverage.uncited).toEqual([]);
		expect(loaded().coverage.share).toBe(1);
	});

	it('has at least 70 items and uses every type', () => {
		const items = loaded().course.modules.flatMap((module) => module.items);
		expect(items.length).toBeGreaterThanOrEqual(70);
		expect(ITEM_TYPES.filter((type) => !items.some((item) => item.type === type))).toEqual([]);
	});

	it('meets the per-module, per-audience rules', () => {
		const { course } = loaded();
		const failures: string[] = [];
		for (const module of course.modules) {
			if (module.lessons.length < 2 || module.lessons.length > 4) {
				failures.push(`${module.slug}: ${module.lessons.length} lessons`);
			}
			for (const audience of module.audiences) {
				const items = course.itemsFor(module.slug, audience);
				const types = new Set(items.map((item) => item.type)).size;
				const apply = items.filter((item) => item.level === 'apply').length;
				if (items.length < 8) failures.push(`${module.slug}/${audience}: ${items.length} items`);
				if (types < 4) failures.push(`${module.slug}/${audience}: ${types} types`);
				if (apply * 3 < items.length) failures.push(`${module.slug}/${audience}: ${apply} apply`);
				if (!module.reflections[audience])
					failures.push(`${module.slug}/${audience}: no reflection`);
			}
		}
		expect(failures).toEqual([]);
	});

	it('lists only existing modules for the track audience in each track', () => {
		const { course } = loaded();
		for (const track of course.tracks) {
			const modules = course.trackModules(track.id);
			expect(modules.map((module) => module.slug)).toEqual(track.modules);
			expect(modules.every((module) => module.audiences.includes(track.audience))).toBe(true);
		}
	});

	it('is loaded once per process by getCourse', () => {
		expect(getCourse()).toBe(getCourse());
	});
});
