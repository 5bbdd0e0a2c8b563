import { describe, expect, it } from 'vitest';
import { analyseItems } from '../../../src/lib/analysis/items';
import type { FirstAnswer, FirstAttempt } from '../../../src/lib/analysis/types';
import { single, trueFalse } from '../content/builders';

const q1 = { item: single({ id: 'q-01' }), position: 1 };
const q2 = { item: trueFalse({ id: 'q-02' }), position: 2 };

function attempt(
	userId: string,
	answers: [FirstAnswer['itemId'], unknown, number, FirstAnswer['confidence']][]
): FirstAttempt {
	const list = answers.map(([itemId, response, score, confidence]) => ({
		itemId,
		response,
		score,
		correct: score === 1,
		confidence
	}));
	return { userId, points: list.reduce((s, a) => s + a.score, 0), answers: list };
}

describe('the item analysis of a quiz', () => {
	const attempts = [
		attempt('l1', [
			['q-01', 'a', 1, 'zeker'],
			['q-02', true, 1, 'zeker']
		]),
		attempt('l2', [
			['q-01', 'a', 1, null],
			['q-02', false, 0, 'zeker']
		]),
		attempt('l3', [
			['q-01', 'b', 0, 'twijfel'],
			['q-02', false, 0, 'gok']
		]),
		// An older attempt that did not ask q-02, and answered an item the quiz no longer has.
		attempt('l4', [
			['q-01', 'c', 0, null],
			['q-99', 'a', 1, null]
		])
	];

	it('computes the share right per item over the learners it was asked', () => {
		const stats = analyseItems([q1, q2], attempts, 3);
		const byId = Object.fromEntries(stats.map((s) => [s.itemId, s]));
		// q-01: l1, l2 right of l1..l4 → 2 / 4 = 0.5
		expect(byId['q-01']?.correct).toEqual({ count: 2, total: 4, share: 0.5 });
		// q-02: only l1 right of l1..l3 (l4 was not asked) → 1 / 3
		expect(byId['q-02']?.correct.count).toBe(1);
		expect(byId['q-02']?.answered).toBe(3);
		expect(byId['q-99']).toBeUndefined();
	});

	it('correlates each item with the rest of the first attempt', () => {
		const stats = analyseItems([q1, q2], attempts, 3);
		const q2stats = stats.find((s) => s.itemId === 'q-02');
		// q-02 over l1..l3: x = 1, 0, 0; totals 2, 1, 0 → rest y = 1, 1, 0
		// x̄ = 1/3, ȳ = 2/3; dx = 2/3, −1/3, −1/3; dy = 1/3, 1/3, −2/3
		// Σdx·dy = 2/9 − 1/9 + 2/9 = 3/9 = 1/3
		// Σdx² = 4/9 + 1/9 + 1/9 = 6/9;  Σdy² = 1/9 + 1/9 + 4/9 = 6/9
		// r = (1/3) / (6/9) = 0.5
		expect(q2stats?.discrimination.kind).toBe('value');
		if (q2stats?.discrimination.kind === 'value')
			expect(q2stats.discrimination.r).toBeCloseTo(0.5, 10);
	});

	it('lists the item the group was confidently wrong on first', () => {
		const stats = analyseItems([q1, q2], attempts, 3);
		// q-02: l2 wrong with zeker → 1 of 3; q-01: nobody wrong and sure → quiz order after it
		expect(stats.map((s) => s.itemId)).toEqual(['q-02', 'q-01']);
		expect(stats[0]?.confidentWrong).toEqual({ count: 1, total: 3, share: 1 / 3 });
	});

	it('an item nobody answered yet has empty numbers, not zeros that look like results', () => {
		const stats = analyseItems([q1, q2], []);
		expect(stats.map((s) => s.itemId)).toEqual(['q-01', 'q-02']);
		expect(stats[0]).toMatchObject({
			answered: 0,
			correct: { share: null },
			meanScore: null,
			discrimination: { kind: 'too-few', n: 0 }
		});
	});
});
