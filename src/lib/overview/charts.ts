// The numbers behind the overview's charts, pure so they can be checked by hand. The charts and
// their data tables are drawn from exactly these arrays.

export const FUNNEL_STEPS = ['started', 'lessons', 'quiz', 'reflection', 'completed'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** What one learner did in one module, as far as the funnel asks. */
export interface FunnelFacts {
	started: boolean;
	lessonsRead: number;
	lessonsTotal: number;
	quizPassed: boolean;
	reflectionSubmitted: boolean;
	complete: boolean;
}

/**
 * Learners per step, in FUNNEL_STEPS order. Each step counts on its own (a learner may submit
 * the reflection before passing the quiz), so a later bar can be longer than an earlier one.
 */
export function funnelCounts(facts: readonly FunnelFacts[]): number[] {
	const counts = FUNNEL_STEPS.map(() => 0);
	for (const f of facts) {
		if (f.started) counts[0]! += 1;
		if (f.lessonsTotal > 0 && f.lessonsRead >= f.lessonsTotal) counts[1]! += 1;
		if (f.quizPassed) counts[2]! += 1;
		if (f.reflectionSubmitted) counts[3]! += 1;
		if (f.complete) counts[4]! += 1;
	}
	return counts;
}

export const SCORE_BUCKETS = 10;

/** Bucket labels as ranges of whole percentages: 0–9, 10–19, …, 90–100. */
export function bucketRanges(): { from: number; to: number }[] {
	return Array.from({ length: SCORE_BUCKETS }, (_, i) => ({
		from: i * 10,
		to: i === SCORE_BUCKETS - 1 ? 100 : i * 10 + 9
	}));
}

/**
 * Learners per bucket of ten percentage points of their best score, given as the whole
 * percentage the learner sees (the server's `scorePercent`); learners without a submitted
 * attempt (null) are left out, and 100% joins the top bucket.
 */
export function scoreBuckets(bestPercents: readonly (number | null)[]): number[] {
	const counts = Array.from({ length: SCORE_BUCKETS }, () => 0);
	for (const percent of bestPercents) {
		if (percent === null) continue;
		const bucket = Math.max(0, Math.min(SCORE_BUCKETS - 1, Math.floor(percent / 10)));
		counts[bucket] = (counts[bucket] ?? 0) + 1;
	}
	return counts;
}

/** A bar's length in SVG units: proportional, and never zero-width for a non-zero count. */
export function barLength(count: number, max: number, full: number): number {
	if (count <= 0 || max <= 0) return 0;
	return Math.max(2, Math.round((count / max) * full));
}

/** One module's charts on the overview. */
export interface ModuleChart {
	slug: string;
	title: string;
	/** Learners in the group (the funnel's full length). */
	learners: number;
	/** Per FUNNEL_STEPS step. */
	funnel: number[];
	/** Per bucket of ten percentage points of the best score. */
	scores: number[];
	/** Learners with a submitted attempt (the distribution's total). */
	scored: number;
}
