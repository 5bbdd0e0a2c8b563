import { share } from './stats';
import { CONFIDENCE_LEVELS, type ConfidenceRow, type FirstAnswer, type Share } from './types';

// Confidence against accuracy. An error made while sure (`zeker`) is a misconception rather
// than a guess; those are the items worth discussing with the whole group (hypercorrection:
// Butterfield & Metcalfe 2001).

/** Rows for zeker, twijfel, gok and no rating, always in that order, even when empty. */
export function confidenceTable(answers: readonly FirstAnswer[]): ConfidenceRow[] {
	const rows: ConfidenceRow[] = [...CONFIDENCE_LEVELS, 'none' as const].map((level) => ({
		level,
		right: 0,
		wrong: 0
	}));
	const index = { zeker: 0, twijfel: 1, gok: 2, none: 3 } as const;
	for (const answer of answers) {
		const row = rows[index[answer.confidence ?? 'none']];
		if (!row) continue;
		if (answer.correct) row.right++;
		else row.wrong++;
	}
	return rows;
}

/** Answers that were not fully right although the learner said `zeker`, out of all answers. */
export function confidentlyWrong(answers: readonly FirstAnswer[]): Share {
	const count = answers.filter((a) => !a.correct && a.confidence === 'zeker').length;
	return share(count, answers.length);
}

interface Orderable {
	position: number;
	confidentWrong: Share;
}

/**
 * Items where someone was confidently wrong come first, the largest share of the group first
 * (then the larger count, then quiz order); every other item follows in quiz order.
 */
export function misconceptionsFirst<T extends Orderable>(items: readonly T[]): T[] {
	const flagged = items.filter((i) => i.confidentWrong.count > 0);
	const rest = items.filter((i) => i.confidentWrong.count === 0);
	flagged.sort(
		(a, b) =>
			(b.confidentWrong.share ?? 0) - (a.confidentWrong.share ?? 0) ||
			b.confidentWrong.count - a.confidentWrong.count ||
			a.position - b.position
	);
	rest.sort((a, b) => a.position - b.position);
	return [...flagged, ...rest];
}
