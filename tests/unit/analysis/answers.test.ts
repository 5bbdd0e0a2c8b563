import { describe, expect, it } from 'vitest';
import { summariseAnswers } from '../../../src/lib/analysis/answers';
import type { FirstAnswer } from '../../../src/lib/analysis/types';
import {
	match,
	multiple,
	numeric,
	order,
	scenario,
	shortText,
	single,
	trueFalse
} from '../content/builders';

// Answers as the quiz stores them: `correct` and `score` come from the grading at the time.
const answer = (
	response: unknown,
	score: number,
	confidence: FirstAnswer['confidence'] = null
): FirstAnswer => ({ itemId: 'x', response, score, correct: score === 1, confidence });

describe('option frequencies', () => {
	it('single: counts per option, with sure-but-wrong choosers, left-open and unreadable answers', () => {
		// a (right) ×2, b ×2 of which one `zeker`, c ×0, one left open, one unknown option id.
		const summary = summariseAnswers(single(), [
			answer('a', 1, 'zeker'),
			answer('a', 1),
			answer('b', 0, 'zeker'),
			answer('b', 0, 'gok'),
			answer(null, 0),
			answer('z', 0)
		]);
		expect(summary).toMatchObject({
			kind: 'choice',
			type: 'single',
			noAnswer: 1,
			other: 1,
			total: 6
		});
		if (summary.kind !== 'choice') throw new Error('not a choice summary');
		expect(summary.rows.map((r) => [r.id, r.correct, r.count, r.confidentWrong])).toEqual([
			['a', true, 2, 0],
			['b', false, 2, 1],
			['c', false, 0, 0]
		]);
		expect(summary.rows[1]?.feedback).toBe('Nee, b klopt niet.');
	});

	it('multiple: a learner counts once for every option chosen', () => {
		// {a,b} right; {a} half; {a,c} 0 (1 right − 1 wrong = 0 of 2); {c,d} 0 and sure.
		const summary = summariseAnswers(multiple(), [
			answer(['a', 'b'], 1),
			answer(['a'], 0.5),
			answer(['a', 'c'], 0),
			answer(['c', 'd'], 0, 'zeker')
		]);
		if (summary.kind !== 'choice') throw new Error('not a choice summary');
		// a: 3 learners, b: 1, c: 2 (one sure and wrong), d: 1 (sure and wrong)
		expect(summary.rows.map((r) => [r.id, r.count, r.confidentWrong])).toEqual([
			['a', 3, 0],
			['b', 1, 0],
			['c', 2, 1],
			['d', 1, 1]
		]);
	});

	it('true-false: two rows named by the page, keyed true and false', () => {
		const summary = summariseAnswers(trueFalse(), [
			answer(true, 1),
			answer(false, 0, 'zeker'),
			answer(false, 0)
		]);
		if (summary.kind !== 'choice') throw new Error('not a choice summary');
		expect(summary.rows.map((r) => [r.id, r.text, r.correct, r.count, r.confidentWrong])).toEqual([
			['true', null, true, 1, 0],
			['false', null, false, 2, 1]
		]);
	});

	it('scenario: summarised as its inner question', () => {
		const summary = summariseAnswers(scenario(), [answer('b', 0), answer('a', 1)]);
		expect(summary).toMatchObject({ kind: 'choice', type: 'single', total: 2 });
	});

	it('match: fully, partly and not right, and per pair how many matched it', () => {
		const all = { p: 'p', q: 'q', r: 'r', s: 's' };
		const summary = summariseAnswers(match(), [
			answer(all, 1),
			answer({ p: 'p', q: 'q', r: 's', s: 'r' }, 0.5), // 2 of 4 pairs right
			answer({ p: 'x', q: 'p', r: 'q', s: 'p' }, 0), // none right
			answer(null, 0)
		]);
		expect(summary).toMatchObject({
			kind: 'graded',
			type: 'match',
			fully: 1,
			partly: 1,
			wrong: 1,
			noAnswer: 1,
			total: 4
		});
		if (summary.kind !== 'graded') throw new Error('not graded');
		// p: learners 1 and 2; q: 1 and 2; r: only 1; s: only 1
		expect(summary.parts.map((p) => [p.id, p.right])).toEqual([
			['p', 2],
			['q', 2],
			['r', 1],
			['s', 1]
		]);
		expect(summary.parts[0]?.text).toBe('Links p → Rechts p');
	});

	it('order: per step how many put it in its right place', () => {
		const summary = summariseAnswers(order(), [
			answer(['s1', 's2', 's3', 's4'], 1),
			answer(['s2', 's1', 's3', 's4'], 2 / 3)
		]);
		if (summary.kind !== 'graded') throw new Error('not graded');
		expect([summary.fully, summary.partly, summary.wrong]).toEqual([1, 1, 0]);
		// s1 and s2 swapped by the second learner: only s3 and s4 are in place for both.
		expect(summary.parts.map((p) => p.right)).toEqual([1, 1, 2, 2]);
	});

	it('numeric: right and wrong, the most common wrong values, and known misconceptions', () => {
		// answer 50 ± 2; misconception 3 (± 2, so 4 counts as it too)
		const summary = summariseAnswers(numeric(), [
			answer(50, 1),
			answer(51, 1),
			answer(30, 0),
			answer(3, 0, 'zeker'),
			answer(4, 0),
			answer(30, 0),
			answer(10, 0),
			answer(3, 0)
		]);
		expect(summary).toMatchObject({ kind: 'typed', right: 2, wrong: 6, total: 8 });
		if (summary.kind !== 'typed') throw new Error('not typed');
		// 3 ×2 and 30 ×2 tie: the smaller number first; then 4 and 10 tie at 1: only 4 fits in three.
		expect(summary.common).toEqual([
			{ value: 3, count: 2, misconception: true },
			{ value: 30, count: 2, misconception: false },
			{ value: 4, count: 1, misconception: true }
		]);
	});

	it('short text: wrong answers grouped as the scoring compares them', () => {
		const summary = summariseAnswers(shortText(), [
			answer('VOG', 1),
			answer('Diploma', 0),
			answer('  diplóma.', 0),
			answer('getuigschrift', 0),
			answer('   ', 0)
		]);
		if (summary.kind !== 'typed') throw new Error('not typed');
		expect(summary.right).toBe(1);
		expect(summary.wrong).toBe(4);
		// "Diploma" and "diplóma." are one answer, shown as first typed; blank is no pattern.
		expect(summary.common).toEqual([
			{ value: 'Diploma', count: 2, misconception: false },
			{ value: 'getuigschrift', count: 1, misconception: false }
		]);
	});

	it('short text: a long answer is shortened to 80 characters', () => {
		const long = 'woord '.repeat(30);
		const summary = summariseAnswers(shortText(), [answer(long, 0)]);
		if (summary.kind !== 'typed') throw new Error('not typed');
		const shown = String(summary.common[0]?.value);
		expect(shown).toHaveLength(80);
		expect(shown.endsWith('…')).toBe(true);
	});
});
