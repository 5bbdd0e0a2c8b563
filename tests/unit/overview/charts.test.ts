import { describe, expect, it } from 'vitest';
import {
	barLength,
	bucketRanges,
	funnelCounts,
	scoreBuckets,
	type FunnelFacts
} from '../../../src/lib/overview/charts';

const facts = (overrides: Partial<FunnelFacts>): FunnelFacts => ({
	started: false,
	lessonsRead: 0,
	lessonsTotal: 3,
	quizPassed: false,
	reflectionSubmitted: false,
	complete: false,
	...overrides
});

describe('the completion funnel', () => {
	it('counts each step on its own, by hand', () => {
		const group = [
			facts({}),
			facts({ started: true, lessonsRead: 1 }),
			facts({ started: true, lessonsRead: 3 }),
			facts({ started: true, lessonsRead: 3, quizPassed: true }),
			facts({ started: true, lessonsRead: 2, reflectionSubmitted: true }),
			facts({
				started: true,
				lessonsRead: 3,
				quizPassed: true,
				reflectionSubmitted: true,
				complete: true
			})
		];
		// started, all lessons, quiz passed, reflection submitted, completed
		expect(funnelCounts(group)).toEqual([5, 3, 2, 2, 1]);
	});

	it('is all zeros for an empty group', () => {
		expect(funnelCounts([])).toEqual([0, 0, 0, 0, 0]);
	});
});

describe('the score distribution', () => {
	it('puts whole percentages in buckets of ten, with 100 in the top bucket', () => {
		expect(scoreBuckets([0, 9, 10, 55, 69, 70, 99, 100, null, null])).toEqual([
			2, 1, 0, 0, 0, 1, 1, 1, 0, 2
		]);
	});

	it('labels the buckets 0–9 … 90–100', () => {
		const ranges = bucketRanges();
		expect(ranges).toHaveLength(10);
		expect(ranges[0]).toEqual({ from: 0, to: 9 });
		expect(ranges[9]).toEqual({ from: 90, to: 100 });
	});

	it('draws bars in proportion, never invisible for a non-zero count', () => {
		expect(barLength(5, 10, 260)).toBe(130);
		expect(barLength(1, 1000, 260)).toBe(2);
		expect(barLength(0, 10, 260)).toBe(0);
		expect(barLength(3, 0, 260)).toBe(0);
	});
});
