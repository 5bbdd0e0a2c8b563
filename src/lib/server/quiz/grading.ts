import { scoreItem, type QuizItem } from '../../content';
import type { Confidence } from '../../quiz/types';

// Pure grading of a whole attempt: every item is worth one point, partial credit allowed.

export interface GradedAnswer {
	itemId: string;
	/** The validated response, or null when the item was left open. */
	response: unknown;
	score: number;
	correct: boolean;
	confidence: Confidence | null;
}

export interface Grade {
	answers: GradedAnswer[];
	points: number;
	maxPoints: number;
	passed: boolean;
}

/** Share of the points as a whole percentage, for display; 0 when nothing could be scored. */
export function percentage(points: number, maxPoints: number): number {
	return maxPoints > 0 ? Math.round((points / maxPoints) * 100) : 0;
}

/**
 * Passed when the share of points reaches the pass mark. Compared without dividing, so that
 * 7 of 10 meets a pass mark of 70 exactly, whatever binary floating point makes of 0.7.
 */
export function meetsPassMark(points: number, maxPoints: number, passMark: number): boolean {
	return maxPoints > 0 && points * 100 >= passMark * maxPoints - 1e-9;
}

export function gradeAnswers(
	answers: readonly { item: QuizItem; response: unknown; confidence: Confidence | null }[],
	passMark: number
): Grade {
	const graded = answers.map(({ item, response, confidence }) => {
		const { score, correct } =
			response === null ? { score: 0, correct: false } : scoreItem(item, response);
		return { itemId: item.id, response, score, correct, confidence };
	});
	const points = graded.reduce((sum, a) => sum + a.score, 0);
	const maxPoints = graded.length;
	return { answers: graded, points, maxPoints, passed: meetsPassMark(points, maxPoints, passMark) };
}
