import { describe, expect, it } from 'vitest';
import { getCourse } from '$lib/server/content';
import type { ItemOfType, ItemType, QuizItem } from '$lib/content';
import { echoValues, formEntries, readAnswers } from '../../../src/lib/server/quiz/form';
import { gradeAnswers } from '../../../src/lib/server/quiz/grading';
import { attemptScope, partToken } from '../../../src/lib/server/quiz/tokens';
import { rightAnswer, wrongAnswer } from './answers';

const course = getCourse();
const scope = attemptScope('attempt1');
const allItems = course.modules.flatMap((m) => m.items);

function isType<T extends ItemType>(item: QuizItem, type: T): item is ItemOfType<T> {
	return item.type === type;
}

function itemOfType<T extends ItemType>(type: T, inner?: string): ItemOfType<T> {
	for (const item of allItems) {
		if (!isType(item, type)) continue;
		const question = 'question' in item ? item.question.type : null;
		if (!inner || question === inner) return item;
	}
	throw new Error(`no ${type} item`);
}

const one = (item: QuizItem) => [{ item, number: 1, scope }];

describe('readAnswers', () => {
	it('reads the right answer to every real item as fully right', () => {
		allItems.forEach((item, index) => {
			const entries = rightAnswer(new Map(), item, index + 1, scope);
			const read = readAnswers(entries, [{ item, number: index + 1, scope }]);
			expect(read.errors, item.id).toEqual({});
			const grade = gradeAnswers(read.answers, 100);
			expect(grade.answers[0]?.correct, item.id).toBe(true);
		});
	});

	it('reads a wrong answer to every real item as not fully right', () => {
		allItems.forEach((item) => {
			const read = readAnswers(wrongAnswer(new Map(), item, 1, scope), one(item));
			expect(read.errors, item.id).toEqual({});
			expect(gradeAnswers(read.answers, 100).answers[0]?.correct, item.id).toBe(false);
		});
	});

	it('accepts the Dutch decimal comma', () => {
		const item = itemOfType('numeric');
		const entries = new Map([['q1', [`${item.answer},0`]]]);
		expect(readAnswers(entries, one(item)).answers[0]?.response).toBe(item.answer);
		const read = readAnswers(new Map([['q1', ['veertien']]]), one(item));
		expect(read.errors).toEqual({ q1: 'number' });
		expect(read.values).toEqual({ q1: ['veertien'] });
	});

	it('treats an empty item as unanswered, and keeps its confidence', () => {
		const item = itemOfType('single');
		const read = readAnswers(new Map([['q1-confidence', ['gok']]]), one(item));
		expect(read.answers).toEqual([{ item, number: 1, response: null, confidence: 'gok' }]);
		expect(gradeAnswers(read.answers, 70)).toMatchObject({
			points: 0,
			maxPoints: 1,
			passed: false
		});
	});

	it('ignores an unknown confidence instead of failing', () => {
		const item = itemOfType('true-false');
		const read = readAnswers(
			new Map([
				['q1', ['true']],
				['q1-confidence', ['heel zeker']]
			]),
			one(item)
		);
		expect(read.answers[0]?.confidence).toBeNull();
	});

	it('refuses unknown option values and echoes everything typed', () => {
		const item = itemOfType('single');
		const entries = new Map([
			['q1', ['a']],
			['q2', ['mijn antwoord']],
			['attempt', ['x']]
		]);
		const read = readAnswers(entries, one(item));
		expect(read.errors).toEqual({ q1: 'choice-unknown' });
		expect(read.values).toEqual({ q1: ['a'], q2: ['mijn antwoord'] });
	});

	it('refuses an answer of another attempt (its tokens are different)', () => {
		const item = itemOfType('single');
		const other = rightAnswer(new Map(), item, 1, attemptScope('other'));
		expect(readAnswers(other, one(item)).errors).toEqual({ q1: 'choice-unknown' });
	});

	it('asks for a place for every step, each place once', () => {
		const item = itemOfType('order');
		const tokens = item.steps.map((s) => partToken(scope, item, 'step', s.id));
		const partial = new Map([[`q1-s-${tokens[0]}`, ['1']]]);
		expect(readAnswers(partial, one(item)).errors).toEqual({ q1: 'order-incomplete' });
		const twice = new Map(tokens.map((t) => [`q1-s-${t}`, ['1']]));
		expect(readAnswers(twice, one(item)).errors).toEqual({ q1: 'order-duplicate' });
		const blank = new Map(tokens.map((t) => [`q1-s-${t}`, ['']]));
		expect(readAnswers(blank, one(item)).answers[0]?.response).toBeNull();
		const outOfRange = new Map(tokens.map((t, i) => [`q1-s-${t}`, [String(i + 10)]]));
		expect(readAnswers(outOfRange, one(item)).errors).toEqual({ q1: 'choice-unknown' });
	});

	it('scores a partly right match with partial credit', () => {
		const item = itemOfType('match');
		const [first, second] = item.pairs;
		if (!first || !second) throw new Error('too few pairs');
		const entries = new Map([
			[
				`q1-r-${partToken(scope, item, 'row', first.id)}`,
				[partToken(scope, item, 'target', first.id)]
			],
			[
				`q1-r-${partToken(scope, item, 'row', second.id)}`,
				[partToken(scope, item, 'target', first.id)]
			]
		]);
		const read = readAnswers(entries, one(item));
		expect(read.answers[0]?.response).toEqual({ [first.id]: first.id, [second.id]: first.id });
		const graded = gradeAnswers(read.answers, 100).answers[0];
		expect(graded?.score).toBeCloseTo(1 / item.pairs.length);
		expect(graded?.correct).toBe(false);
	});

	it('refuses a short text longer than any answer, keeping it for the learner', () => {
		const item = itemOfType('short-text');
		const long = 'x'.repeat(501);
		const read = readAnswers(new Map([['q1', [long]]]), one(item));
		expect(read.errors).toEqual({ q1: 'too-long' });
		expect(read.values.q1).toEqual([long]);
	});

	it('reads a scenario through its inner question', () => {
		const item = itemOfType('scenario', 'multiple');
		const read = readAnswers(rightAnswer(new Map(), item, 1, scope), one(item));
		expect(gradeAnswers(read.answers, 100).passed).toBe(true);
	});
});

describe('form helpers', () => {
	it('groups repeated names and drops files', () => {
		const data = new FormData();
		data.append('q1', 'a');
		data.append('q1', 'b');
		data.append('upload', new Blob(['x']));
		expect(formEntries(data)).toEqual(new Map([['q1', ['a', 'b']]]));
	});

	it('echoes only quiz fields, bounded', () => {
		const values = echoValues(
			new Map([
				['q1', ['x'.repeat(5000)]],
				['other', ['y']],
				['q1-r-abc', ['t']]
			])
		);
		expect(Object.keys(values).sort()).toEqual(['q1', 'q1-r-abc']);
		expect(values.q1?.[0]?.length).toBe(2000);
	});
});

describe('gradeAnswers', () => {
	it('passes exactly at the pass mark and sums partial credit', () => {
		const items = course.itemsFor('functies', 'leraar').slice(0, 10);
		const answers = items.map((item) => ({ item, response: null as unknown, confidence: null }));
		const right = (n: number) =>
			answers.map((a, i) => {
				if (i >= n) return a;
				const entries = rightAnswer(new Map(), a.item, 1, scope);
				return { ...a, response: readAnswers(entries, one(a.item)).answers[0]?.response ?? null };
			});
		expect(gradeAnswers(right(7), 70)).toMatchObject({ points: 7, maxPoints: 10, passed: true });
		expect(gradeAnswers(right(6), 70)).toMatchObject({ points: 6, maxPoints: 10, passed: false });
	});
});
