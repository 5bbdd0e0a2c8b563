import { describe, expect, it } from 'vitest';
import {
	discriminationBand,
	itemRestCorrelation,
	mean,
	share
} from '../../../src/lib/analysis/stats';

describe('share correct (p-value)', () => {
	it('is the count over the total', () => {
		// 3 of 4 learners right: 3 / 4 = 0.75
		expect(share(3, 4)).toEqual({ count: 3, total: 4, share: 0.75 });
	});

	it('has no share when nobody answered, rather than 0%', () => {
		expect(share(0, 0)).toEqual({ count: 0, total: 0, share: null });
	});

	it('mean of partial scores, and none for an empty list', () => {
		// (1 + 0.5 + 0 + 0.5) / 4 = 2 / 4 = 0.5
		expect(mean([1, 0.5, 0, 0.5])).toBe(0.5);
		expect(mean([])).toBeNull();
	});
});

describe('discrimination: item-rest correlation', () => {
	it('hand-computed, with two learners tied on the rest score', () => {
		// item x and total T per learner; rest y = T − x
		//   L1: x=1 T=4 → y=3    L2: x=1 T=3 → y=2    L3: x=0 T=2 → y=2    L4: x=0 T=1 → y=1
		// x̄ = 2/4 = 0.5, ȳ = (3+2+2+1)/4 = 2
		// dx = .5, .5, −.5, −.5    dy = 1, 0, 0, −1   (L2 and L3 tie at y = 2)
		// Σdx·dy = .5 + 0 + 0 + .5 = 1;  Σdx² = 4 × .25 = 1;  Σdy² = 1 + 0 + 0 + 1 = 2
		// r = 1 / √(1 × 2) = 0.70711
		// Check with the point-biserial formula: M1 = (3+2)/2 = 2.5, M0 = (2+1)/2 = 1.5,
		// s = √(2/4) = 0.70711, √(p·q) = √(.25) = .5 → (2.5 − 1.5) / 0.70711 × .5 = 0.70711
		const result = itemRestCorrelation(
			[
				{ item: 1, total: 4 },
				{ item: 1, total: 3 },
				{ item: 0, total: 2 },
				{ item: 0, total: 1 }
			],
			4
		);
		expect(result.kind).toBe('value');
		if (result.kind === 'value') {
			expect(result.r).toBeCloseTo(0.70711, 5);
			expect(result.n).toBe(4);
		}
	});

	it('is negative when the stronger learners got the item wrong', () => {
		//   L1: x=0 T=3 → y=3    L2: x=1 T=1 → y=0    L3: x=1 T=2 → y=1    L4: x=0 T=2 → y=2
		// x̄ = 0.5, ȳ = 6/4 = 1.5;  dx = −.5, .5, .5, −.5;  dy = 1.5, −1.5, −.5, .5
		// Σdx·dy = −.75 − .75 − .25 − .25 = −2;  Σdx² = 1;  Σdy² = 2.25 + 2.25 + .25 + .25 = 5
		// r = −2 / √5 = −0.89443
		const result = itemRestCorrelation(
			[
				{ item: 0, total: 3 },
				{ item: 1, total: 1 },
				{ item: 1, total: 2 },
				{ item: 0, total: 2 }
			],
			4
		);
		expect(result).toMatchObject({ kind: 'value' });
		expect(result.kind === 'value' && result.r).toBeCloseTo(-0.89443, 5);
	});

	it('uses partial credit as it is: a straight line gives exactly 1', () => {
		//   x = 1, .5, 0 with T = 5, 3.5, 2 → y = 4, 3, 2
		// x̄ = .5, ȳ = 3;  dx = .5, 0, −.5;  dy = 1, 0, −1
		// Σdx·dy = 1;  Σdx² = .5;  Σdy² = 2;  r = 1 / √1 = 1
		const result = itemRestCorrelation(
			[
				{ item: 1, total: 5 },
				{ item: 0.5, total: 3.5 },
				{ item: 0, total: 2 }
			],
			3
		);
		expect(result).toEqual({ kind: 'value', r: 1, n: 3 });
	});

	it('has no value when everyone scored the same on the item (zero variance)', () => {
		// Everyone right: Σdx² = 0, so r would divide by zero.
		const result = itemRestCorrelation(
			[
				{ item: 1, total: 5 },
				{ item: 1, total: 3 },
				{ item: 1, total: 2 }
			],
			3
		);
		expect(result).toEqual({ kind: 'no-variance', n: 3, of: 'item' });
	});

	it('has no value when all rest scores tie (zero variance of the rest)', () => {
		//   y = 3 − 1 = 2, 2 − 0 = 2, 3 − 1 = 2: Σdy² = 0
		const result = itemRestCorrelation(
			[
				{ item: 1, total: 3 },
				{ item: 0, total: 2 },
				{ item: 1, total: 3 }
			],
			3
		);
		expect(result).toEqual({ kind: 'no-variance', n: 3, of: 'rest' });
	});

	it('says "too few" below ten learners by default, whatever the data', () => {
		const nine = Array.from({ length: 9 }, (_, i) => ({ item: i % 2, total: i }));
		expect(itemRestCorrelation(nine)).toEqual({ kind: 'too-few', n: 9, needed: 10 });
		const ten = Array.from({ length: 10 }, (_, i) => ({ item: i % 2, total: i }));
		expect(itemRestCorrelation(ten).kind).toBe('value');
	});

	it('puts correlations in plain-language bands', () => {
		expect(discriminationBand(0.45)).toBe('good');
		expect(discriminationBand(0.3)).toBe('good');
		expect(discriminationBand(0.25)).toBe('fair');
		expect(discriminationBand(0.1)).toBe('weak');
		expect(discriminationBand(0)).toBe('weak');
		expect(discriminationBand(-0.05)).toBe('negative');
	});
});
