import { describe, expect, it } from 'vitest';
import { quizQueueChanges } from '../../../src/lib/server/review/queue';
import { afterQuizAnswer, type ReviewState } from '../../../src/lib/server/review/schedule';
import type { Confidence } from '../../../src/lib/quiz/types';

const now = new Date('2026-03-29T00:30:00Z'); // the night summer time starts in Amsterdam
const confidences: (Confidence | null)[] = ['zeker', 'twijfel', 'gok', null];
const answer = (itemId: string, correct: boolean, confidence: Confidence | null) => ({
	itemId,
	moduleSlug: 'functies',
	correct,
	confidence
});

describe('quizQueueChanges', () => {
	it('replaces for wrong answers, adds only when absent for right but unsure, leaves sure ones', () => {
		const changes = quizQueueChanges(
			'u1',
			[
				answer('wrong-sure', false, 'zeker'),
				answer('wrong-open', false, null),
				answer('right-doubt', true, 'twijfel'),
				answer('right-guess', true, 'gok'),
				answer('right-sure', true, 'zeker'),
				answer('right-none', true, null)
			],
			now
		);
		expect(changes.replace.map((r) => r.itemId)).toEqual(['wrong-sure', 'wrong-open']);
		expect(changes.addIfAbsent.map((r) => r.itemId)).toEqual(['right-doubt', 'right-guess']);
		// Box 1, due at the start of the next Amsterdam day (CEST from that night on).
		expect(changes.replace[0]).toEqual({
			userId: 'u1',
			itemId: 'wrong-sure',
			moduleSlug: 'functies',
			box: 1,
			dueAt: new Date('2026-03-29T22:00:00Z'),
			confidentError: true,
			lastAnsweredAt: now
		});
		expect(changes.replace[1]).toMatchObject({ confidentError: false });
		expect(changes.addIfAbsent[0]).toMatchObject({ box: 1, confidentError: false });
	});

	it('rests on afterQuizAnswer deciding for a queued item by the fact alone, never its state', () => {
		// If the schedule ever looks at a queued item's box or dates, the database could no longer
		// apply a submission in one statement from the two lists, and this fails.
		const states: ReviewState[] = [1, 2, 3, 4].flatMap((box) =>
			[true, false].map((confidentError) => ({
				box,
				dueAt: new Date('2026-01-01T23:00:00Z'),
				confidentError,
				lastAnsweredAt: new Date('2025-12-01T10:00:00Z')
			}))
		);
		for (const correct of [true, false]) {
			for (const confidence of confidences) {
				const outcome = { correct, confidence };
				const results = states.map((state) => afterQuizAnswer(state, outcome, now));
				for (const result of results) expect(result).toEqual(results[0]);
			}
		}
	});
});
