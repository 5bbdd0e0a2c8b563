import { describe, expect, it } from 'vitest';
import { feedbackFor, scoreItem, scoreMultiple, scoreSingle, scoreTrueFalse } from '$lib/content';
import { multiple, single, trueFalse } from './builders';

describe('single', () => {
	it('gives full credit for the correct option', () => {
		expect(scoreSingle(single(), 'a')).toEqual({ score: 1, correct: true });
	});

	it('gives zero for a wrong option', () => {
		expect(scoreSingle(single(), 'b')).toEqual({ score: 0, correct: false });
	});

	it('gives zero for an unknown option through the dispatcher', () => {
		expect(scoreItem(single(), 'z')).toEqual({ score: 0, correct: false });
	});

	it('gives zero for a response of the wrong shape', () => {
		expect(scoreItem(single(), ['a'])).toEqual({ score: 0, correct: false });
	});

	it('shows the chosen option and the missed right one', () => {
		expect(feedbackFor(single(), 'b')).toEqual([
			{ ref: 'a', text: 'Ja, a klopt.', right: false },
			{ ref: 'b', text: 'Nee, b klopt niet.', right: false }
		]);
	});

	it('shows only the chosen option when it is right', () => {
		expect(feedbackFor(single(), 'a')).toEqual([{ ref: 'a', text: 'Ja, a klopt.', right: true }]);
	});
});

describe('multiple', () => {
	it('gives full credit for exactly the correct options', () => {
		expect(scoreMultiple(multiple(), ['b', 'a'])).toEqual({ score: 1, correct: true });
	});

	it('gives half credit for one of two correct options', () => {
		expect(scoreMultiple(multiple(), ['a'])).toEqual({ score: 0.5, correct: false });
	});

	it('subtracts wrong choices', () => {
		expect(scoreMultiple(multiple(), ['a', 'b', 'c']).score).toBe(0.5);
	});

	it('floors at zero', () => {
		expect(scoreMultiple(multiple(), ['a', 'c', 'd']).score).toBe(0);
	});

	it('gives zero for ticking every option when half are wrong', () => {
		expect(scoreMultiple(multiple(), ['a', 'b', 'c', 'd']).score).toBe(0);
	});

	it('gives zero for an empty selection', () => {
		expect(scoreItem(multiple(), [])).toEqual({ score: 0, correct: false });
	});

	it('rejects a selection that names an option twice', () => {
		expect(scoreItem(multiple(), ['a', 'a'])).toEqual({ score: 0, correct: false });
	});

	it('rejects unknown option ids', () => {
		expect(scoreItem(multiple(), ['a', 'b', 'zz'])).toEqual({ score: 0, correct: false });
	});

	it('gives feedback on chosen options and on missed right ones', () => {
		expect(feedbackFor(multiple(), ['a', 'c']).map((entry) => [entry.ref, entry.right])).toEqual([
			['a', true],
			['b', false],
			['c', false]
		]);
	});
});

describe('true-false', () => {
	it('gives full credit when the judgement matches', () => {
		expect(scoreTrueFalse(trueFalse(), true)).toEqual({ score: 1, correct: true });
	});

	it('gives zero when it does not', () => {
		expect(scoreTrueFalse(trueFalse({ answer: false }), true)).toEqual({
			score: 0,
			correct: false
		});
	});

	it('does not accept the string "true"', () => {
		expect(scoreItem(trueFalse(), 'true')).toEqual({ score: 0, correct: false });
	});

	it('shows the feedback written for the answer given', () => {
		expect(feedbackFor(trueFalse(), false)).toEqual([
			{ ref: 'false', text: 'Toch wel: er zijn twee niveaus.', right: false }
		]);
	});
});
