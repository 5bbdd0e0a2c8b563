import type { QuizItem } from '../content';
import { summariseAnswers } from './answers';
import { confidenceTable, confidentlyWrong, misconceptionsFirst } from './confidence';
import { itemRestCorrelation, MIN_LEARNERS_FOR_DISCRIMINATION, mean, share } from './stats';
import type { FirstAnswer, FirstAttempt, ItemStats } from './types';

/**
 * The item analysis of one quiz: every item with its statistics over the learners' first
 * attempts, items where the group was confidently wrong first. An answer to an item that the
 * quiz no longer has is ignored; a learner whose first attempt did not ask an item (older
 * content) is left out of that item's numbers rather than counted as wrong.
 */
export function analyseItems(
	items: readonly { item: QuizItem; position: number }[],
	attempts: readonly FirstAttempt[],
	minLearners = MIN_LEARNERS_FOR_DISCRIMINATION
): ItemStats[] {
	const byItem = new Map<string, { answer: FirstAnswer; total: number }[]>();
	for (const attempt of attempts) {
		for (const answer of attempt.answers) {
			const list = byItem.get(answer.itemId) ?? [];
			list.push({ answer, total: attempt.points });
			byItem.set(answer.itemId, list);
		}
	}
	const stats = items.map(({ item, position }): ItemStats => {
		const entries = byItem.get(item.id) ?? [];
		const answers = entries.map((e) => e.answer);
		return {
			itemId: item.id,
			position,
			answered: answers.length,
			correct: share(answers.filter((a) => a.correct).length, answers.length),
			meanScore: mean(answers.map((a) => a.score)),
			discrimination: itemRestCorrelation(
				entries.map((e) => ({ item: e.answer.score, total: e.total })),
				minLearners
			),
			confidentWrong: confidentlyWrong(answers),
			confidence: confidenceTable(answers),
			answers: summariseAnswers(item, answers)
		};
	});
	return misconceptionsFirst(stats);
}
