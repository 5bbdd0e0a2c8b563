import { describe, expect, it } from 'vitest';
import { feedbackFor, parseResponse, scoreItem, scoreMatch, scoreOrder } from '$lib/content';
import { match, order } from './builders';

describe('match', () => {
	const all = { p: 'p', q: 'q', r: 'r', s: 's' };

	it('gives full credit when every pair is matched', () => {
		expect(scoreMatch(match(), all)).toEqual({ score: 1, correct: true });
	});

	it('gives the share of pairs matched right', () => {
		expect(scoreMatch(match(), { p: 'p', q: 'r', r: 'q', s: 's' }).score).toBe(0.5);
	});

	it('counts a distractor as wrong', () => {
		expect(scoreMatch(match(), { ...all, s: 'x' }).score).toBe(0.75);
	});

	it('counts pairs left open as wrong', () => {
		expect(scoreItem(match(), { p: 'p' })).toEqual({ score: 0.25, correct: false });
	});

	it('rejects an unknown pair id', () => {
		expect(scoreItem(match(), { ...all, zz: 'p' })).toEqual({ score: 0, correct: false });
	});

	it('rejects an unknown right-hand id', () => {
		expect(scoreItem(match(), { ...all, p: 'nope' })).toEqual({ score: 0, correct: false });
	});

	it('rejects a response that is not a map', () => {
		expect(scoreItem(match(), ['p', 'q'])).toEqual({ score: 0, correct: false });
	});

	it('drops a __proto__ key without polluting anything', () => {
		const response: unknown = JSON.parse('{"__proto__": "q", "p": "p"}');
		expect(scoreItem(match(), response)).toEqual({ score: 0.25, correct: false });
		const parsed = parseResponse(match(), response);
		expect(parsed.success && Object.getPrototypeOf(parsed.data.response)).toBe(Object.prototype);
	});

	it('gives every pair feedback and adds the chosen distractor', () => {
		const refs = feedbackFor(match(), { ...all, s: 'x' }).map((entry) => [entry.ref, entry.right]);
		expect(refs).toEqual([
			['p', true],
			['q', true],
			['r', true],
			['s', false],
			['x', false]
		]);
	});
});

describe('order', () => {
	it('gives full credit for the correct order', () => {
		expect(scoreOrder(order(), ['s1', 's2', 's3', 's4'])).toEqual({ score: 1, correct: true });
	});

	it('gives zero for the reversed order', () => {
		expect(scoreOrder(order(), ['s4', 's3', 's2', 's1']).score).toBe(0);
	});

	it('counts adjacent pairs of the response that stand in the right relative order', () => {
		// (s1,s3) right, (s3,s2) wrong, (s2,s4) right: 2 of 3.
		expect(scoreOrder(order(), ['s1', 's3', 's2', 's4']).score).toBeCloseTo(2 / 3);
	});

	it('gives one third when only one adjacent pair is in order', () => {
		// (s3,s1) wrong, (s1,s4) right, (s4,s2) wrong.
		expect(scoreOrder(order(), ['s3', 's1', 's4', 's2']).score).toBeCloseTo(1 / 3);
	});

	it('rejects a list that leaves out a step', () => {
		expect(scoreItem(order(), ['s1', 's2', 's3'])).toEqual({ score: 0, correct: false });
	});

	it('rejects a list that repeats a step', () => {
		expect(scoreItem(order(), ['s1', 's1', 's2', 's3'])).toEqual({ score: 0, correct: false });
	});

	it('rejects unknown step ids', () => {
		expect(scoreItem(order(), ['s1', 's2', 's3', 'zz'])).toEqual({ score: 0, correct: false });
	});

	it('marks each step right only in its own place', () => {
		const flags = feedbackFor(order(), ['s2', 's1', 's3', 's4']).map((entry) => entry.right);
		expect(flags).toEqual([false, false, true, true]);
	});
});
