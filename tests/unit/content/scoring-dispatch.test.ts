import { describe, expect, it } from 'vitest';
import { feedbackFor, ITEM_TYPES, parseResponse, questionOf, scoreItem } from '$lib/content';
import { itemOfType, match, order, scenario } from './builders';

describe('scenario', () => {
	it('scores as its inner question', () => {
		expect(scoreItem(scenario(), 'a')).toEqual({ score: 1, correct: true });
		expect(scoreItem(scenario(), 'b')).toEqual({ score: 0, correct: false });
	});

	it('delegates partial credit to an inner order question', () => {
		const inner = order();
		const item = scenario({
			question: { type: 'order', prompt: inner.prompt, steps: inner.steps }
		});
		expect(scoreItem(item, ['s1', 's3', 's2', 's4']).score).toBeCloseTo(2 / 3);
	});

	it('gives the inner question feedback', () => {
		expect(feedbackFor(scenario(), 'a')).toEqual([{ ref: 'a', text: 'Ja, a klopt.', right: true }]);
	});

	it('answers the inner question for questionOf', () => {
		expect(questionOf(scenario()).type).toBe('single');
	});
});

describe('parseResponse', () => {
	it('returns the validated response with its type', () => {
		const parsed = parseResponse(match(), { p: 'q' });
		expect(parsed).toMatchObject({ success: true, data: { type: 'match', response: { p: 'q' } } });
	});

	it('explains why a response is rejected', () => {
		expect(parseResponse(match(), { p: 'nope' })).toEqual({
			success: false,
			error: 'unknown right-hand id'
		});
	});

	it.each(ITEM_TYPES)('never throws on hostile input for %s', (type) => {
		const item = itemOfType(type, 'm-99');
		const hostile: unknown[] = [undefined, null, {}, [], 'x', 1e308, { toString: null }, [[[]]]];
		for (const input of hostile) {
			expect(() => scoreItem(item, input)).not.toThrow();
			expect(feedbackFor(item, input)).toBeInstanceOf(Array);
		}
	});

	it('gives no feedback for an invalid response', () => {
		expect(feedbackFor(order(), 'nope')).toEqual([]);
	});
});

describe('scoreItem', () => {
	it.each(ITEM_TYPES)('keeps %s scores within 0..1 and correct only at 1', (type) => {
		const item = itemOfType(type, 'm-99');
		const result = scoreItem(item, 'a');
		expect(result.score).toBeGreaterThanOrEqual(0);
		expect(result.score).toBeLessThanOrEqual(1);
		expect(result.correct).toBe(result.score === 1);
	});
});
