import { describe, expect, it } from 'vitest';
import { getCourse } from '$lib/server/content';
import type { ItemOfType, ItemType, QuizItem } from '$lib/content';
import { itemResult } from '../../../src/lib/server/quiz/result';

// The review after submission: stored score, the learner's answer, and feedback that says
// which parts were right, wrong, or the right answer they missed.

const items = getCourse().modules.flatMap((m) => m.items);

function isType<T extends ItemType>(item: QuizItem, type: T): item is ItemOfType<T> {
	return item.type === type;
}
function first<T extends ItemType>(type: T): ItemOfType<T> {
	for (const item of items) if (isType(item, type)) return item;
	throw new Error(`no ${type}`);
}

function numericWithMisconception(): ItemOfType<'numeric'> {
	for (const item of items) {
		if (isType(item, 'numeric') && (item.misconceptions?.length ?? 0) > 0) return item;
	}
	throw new Error('no numeric item with a misconception');
}

const stored = (itemId: string, response: unknown, score = 0) => ({
	itemId,
	response,
	score,
	correct: score === 1,
	confidence: null
});

describe('itemResult', () => {
	it('marks a wrong choice, and the right option that was missed', () => {
		const item = first('single');
		const right = item.options.find((o) => o.correct)!;
		const wrong = item.options.find((o) => !o.correct)!;
		const view = itemResult(item, 2, stored(item.id, wrong.id));
		expect(view).toMatchObject({ number: 2, available: true, correct: false, unanswered: false });
		expect(view.answer).toEqual({ kind: 'texts', texts: [wrong.text] });
		expect(view.feedback).toEqual(
			expect.arrayContaining([
				{ label: wrong.text, text: wrong.feedback, status: 'wrong' },
				{ label: right.text, text: right.feedback, status: 'missed' }
			])
		);
		expect(view.explanation).toBe(item.explanation);
		expect(view.passages).toEqual(item.passages);
	});

	it('shows a match as the learner paired it, and the right pairs as feedback labels', () => {
		const item = first('match');
		const [a, b] = item.pairs;
		const view = itemResult(item, 1, stored(item.id, { [a!.id]: b!.id }));
		expect(view.answer).toMatchObject({
			kind: 'pairs',
			pairs: expect.arrayContaining([
				{ left: a!.left, right: b!.right },
				{ left: b!.left, right: null }
			])
		});
		expect(view.feedback[0]).toEqual({
			label: `${a!.left} → ${a!.right}`,
			text: a!.feedback,
			status: 'missed'
		});
	});

	it('keeps the stored score, even when the content would score it differently now', () => {
		const item = first('true-false');
		const view = itemResult(item, 1, stored(item.id, !item.answer, 1));
		expect(view.correct).toBe(true);
		expect(view.score).toBe(1);
	});

	it('shows an item left open without feedback, but with the explanation', () => {
		const item = first('numeric');
		const view = itemResult(item, 1, stored(item.id, null));
		expect(view).toMatchObject({ unanswered: true, answer: { kind: 'none' }, feedback: [] });
		expect(view.explanation).toBe(item.explanation);
	});

	it('shows a number with its unit, and the feedback for a known misconception', () => {
		const item = numericWithMisconception();
		const mistake = item.misconceptions![0]!;
		const view = itemResult(item, 1, stored(item.id, mistake.value));
		expect(view.answer).toEqual({ kind: 'number', value: mistake.value, unit: item.unit ?? null });
		expect(view.feedback).toEqual([{ label: null, text: mistake.feedback, status: 'wrong' }]);
	});

	it('shows a removed item as its stored result only', () => {
		const view = itemResult(undefined, 4, stored('weg-01', 'a', 1));
		expect(view).toMatchObject({
			id: 'weg-01',
			available: false,
			prompt: null,
			correct: true,
			feedback: [],
			explanation: null
		});
	});

	it('shows a scenario with its case and the inner question’s prompt', () => {
		const item = first('scenario');
		const view = itemResult(item, 1, stored(item.id, null));
		expect(view.prompt).toBe(item.question.prompt);
		expect(view.caseText?.length).toBeGreaterThan(0);
	});
});
