import type { Discrimination, DiscriminationBand, Share } from './types';

// Classical test statistics for one item, as pure functions over plain numbers.

/**
 * Fewer learners than this and a correlation says more about chance than about the item: the
 * page then shows "te weinig gegevens" instead of a number.
 */
export const MIN_LEARNERS_FOR_DISCRIMINATION = 10;

/** Below this a variance counts as zero: scores are sums of shares, so rounding noise appears. */
const EPSILON = 1e-12;

export function share(count: number, total: number): Share {
	return { count, total, share: total > 0 ? count / total : null };
}

export function mean(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Discrimination as the item-rest correlation: Pearson's r between a learner's score on this
 * item and their score on the rest of the quiz (total minus this item), over the learners
 * whose first attempt asked it. For items scored right/wrong this is the (corrected)
 * point-biserial correlation; Moodle's quiz statistics use the same measure. Leaving the item
 * out of the total keeps it from correlating with itself, which matters in quizzes of ~10 items.
 * Ties need no special rule: equal totals simply contribute equal deviations.
 */
export function itemRestCorrelation(
	learners: readonly { item: number; total: number }[],
	minLearners = MIN_LEARNERS_FOR_DISCRIMINATION
): Discrimination {
	const n = learners.length;
	if (n < minLearners) return { kind: 'too-few', n, needed: minLearners };
	const xs = learners.map((l) => l.item);
	const ys = learners.map((l) => l.total - l.item);
	const mx = xs.reduce((s, v) => s + v, 0) / n;
	const my = ys.reduce((s, v) => s + v, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = (xs[i] ?? 0) - mx;
		const dy = (ys[i] ?? 0) - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	if (sxx < EPSILON) return { kind: 'no-variance', n, of: 'item' };
	if (syy < EPSILON) return { kind: 'no-variance', n, of: 'rest' };
	const r = sxy / Math.sqrt(sxx * syy);
	// Clamp: floating point can land a hair outside [-1, 1] for perfectly (anti)correlated data.
	return { kind: 'value', r: Math.max(-1, Math.min(1, r)), n };
}

/**
 * Plain-language bands after Ebel & Frisbie (1991): 0.30 and up discriminates well, 0.20 to 0.30
 * fairly, below 0.20 weakly, and a negative value means stronger learners did worse on the item
 * (often a flawed key or an ambiguous prompt).
 */
export function discriminationBand(r: number): DiscriminationBand {
	if (r < 0) return 'negative';
	if (r < 0.2) return 'weak';
	if (r < 0.3) return 'fair';
	return 'good';
}
