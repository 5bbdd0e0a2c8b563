import { describe, expect, it } from 'vitest';
import { buildTrackProgress } from '../../../src/lib/server/learning/track-progress';
import { suggestNext } from '../../../src/lib/server/learning/module-view';
import type { ModuleFactsView } from '../../../src/lib/server/learning/progress';
import { completeFacts, facts, spec } from './builders';

// Track a → b → c, where b and c need a, and c needs b as well.
const specs = [spec('a'), spec('b', ['a']), spec('c', ['a', 'b'])];
const progressOf = (entries: [string, ModuleFactsView][]) =>
	buildTrackProgress(specs, new Map(entries));

describe('buildTrackProgress', () => {
	it('starts a new learner at the first lesson of the first module, with later ones locked', () => {
		const progress = progressOf([]);
		expect(progress.next).toEqual({ kind: 'lesson', module: 'a', lesson: 'een' });
		expect(progress.percent).toBe(0);
		expect(progress.stepsTotal).toBe(15);
		expect(progress.modules.map((m) => m.status)).toEqual([
			'not-started',
			'not-started',
			'not-started'
		]);
		expect(progress.modules[1]?.lockedBy).toEqual([{ slug: 'a', title: 'Module a' }]);
		expect(progress.modules[2]?.lockedBy.map((l) => l.slug)).toEqual(['a', 'b']);
	});

	it('moves the bar with every lesson read, quiz passed and reflection submitted', () => {
		const one = progressOf([['a', facts({ readLessons: ['een'] })]]);
		const two = progressOf([['a', facts({ readLessons: ['een', 'twee'] })]]);
		expect(one.stepsDone).toBe(1);
		expect(two.stepsDone).toBe(2);
		expect(two.percent).toBeGreaterThan(one.percent);
	});

	it('skips complete modules and opens the next unlocked one', () => {
		const progress = progressOf([['a', completeFacts()]]);
		expect(progress.modulesCompleted).toBe(1);
		expect(progress.modules[1]?.lockedBy).toEqual([]);
		expect(progress.modules[2]?.lockedBy.map((l) => l.slug)).toEqual(['b']);
		expect(progress.next).toEqual({ kind: 'lesson', module: 'b', lesson: 'een' });
	});

	it('never sends the learner into a locked module, even when they read ahead in it', () => {
		const progress = progressOf([
			['a', facts({ readLessons: ['een', 'twee', 'drie'], quizPassed: true })],
			['c', facts({ readLessons: ['een'] })]
		]);
		expect(progress.next).toEqual({ kind: 'reflection', module: 'a' });
		expect(progress.modules[2]?.status).toBe('in-progress');
		expect(progress.modules[2]?.lockedBy.length).toBeGreaterThan(0);
	});

	it('offers the certificate when every module is complete, at 100%', () => {
		const progress = progressOf(specs.map((s) => [s.slug, completeFacts()]));
		expect(progress.complete).toBe(true);
		expect(progress.percent).toBe(100);
		expect(progress.next).toEqual({ kind: 'certificate' });
	});
});

describe('suggestNext (module end page)', () => {
	it('suggests the next open module after completing one', () => {
		const progress = progressOf([['a', completeFacts()]]);
		expect(suggestNext(progress, 'a')).toEqual({ kind: 'module', slug: 'b', title: 'Module b' });
	});

	it('suggests the certificate when the track is complete', () => {
		const progress = progressOf(specs.map((s) => [s.slug, completeFacts()]));
		expect(suggestNext(progress, 'c')).toEqual({ kind: 'certificate' });
	});

	it('suggests an earlier open module when the learner completed out of order', () => {
		const progress = buildTrackProgress([spec('a'), spec('b')], new Map([['b', completeFacts()]]));
		expect(suggestNext(progress, 'b')).toEqual({ kind: 'module', slug: 'a', title: 'Module a' });
	});
});
