// One cell of an export, as the row builders produce it: text, a count, a percentage, or
// nothing. Each file format writes cells its own way: CSV as Dutch text with a decimal comma
// (`csv.ts`), .xlsx as typed cells that Excel can calculate with (`xlsx.ts`).

export interface Percent {
	/** The percentage as shown, e.g. 83.3 (CSV writes one decimal, .xlsx formats it as 0.0). */
	readonly percent: number;
}

export type ExportCell = string | number | Percent | null;

/**
 * A score of 0..1 as a percentage rounded DOWN to one decimal, like the learner's own
 * percentage, so 69.96% never reads as 70.0 next to a pass mark of 70. The tolerance absorbs
 * real-column noise (0.7 stored as 0.69999998). Empty before any submission.
 */
export function scorePercent(score: number | null): ExportCell {
	return score === null ? null : { percent: Math.floor(score * 1000 + 1e-3) / 10 };
}

/** A share of a whole (e.g. 7 of 9 right) as a percentage; empty without data. */
export function sharePercent(part: number, whole: number): ExportCell {
	return whole <= 0 ? null : { percent: (part / whole) * 100 };
}
