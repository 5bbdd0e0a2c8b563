import { describe, expect, it } from 'vitest';
import {
	feedbackFor,
	normaliseAnswer,
	scoreItem,
	scoreNumeric,
	scoreShortText
} from '$lib/content';
import { numeric, shortText } from './builders';

describe('numeric', () => {
	it('gives full credit for the exact answer', () => {
		expect(scoreNumeric(numeric(), 50)).toEqual({ score: 1, correct: true });
	});

	it('gives full credit at the edge of the tolerance', () => {
		expect(scoreNumeric(numeric(), 52).score).toBe(1);
		expect(scoreNumeric(numeric(), 48).score).toBe(1);
	});

	it('gives zero just outside the tolerance', () => {
		expect(scoreNumeric(numeric(), 52.5)).toEqual({ score: 0, correct: false });
	});

	it('is not fooled by floating point with zero tolerance', () => {
		expect(scoreNumeric(numeric({ answer: 0.3, tolerance: 0 }), 0.1 + 0.2).score).toBe(1);
	});

	it('rejects non-numbers, NaN and Infinity', () => {
		for (const response of ['50', Number.NaN, Number.POSITIVE_INFINITY, null]) {
			expect(scoreItem(numeric(), response)).toEqual({ score: 0, correct: false });
		}
	});

	it('gives the misconception feedback instead of the general one', () => {
		expect(feedbackFor(numeric(), 3)).toEqual([
			{ ref: 'misconception', text: '3 procent geldt voor het voortgezet onderwijs.', right: false }
		]);
	});

	it('gives the general feedback for other wrong numbers', () => {
		expect(feedbackFor(numeric(), 20)[0]?.ref).toBe('incorrect');
	});

	it('gives the correct feedback within tolerance', () => {
		expect(feedbackFor(numeric(), 51)[0]?.ref).toBe('correct');
	});
});

describe('short-text', () => {
	it('accepts an answer ignoring case, accents and whitespace', () => {
		expect(scoreShortText(shortText(), '  verklaring omtrent  hét gedrag ')).toEqual({
			score: 1,
			correct: true
		});
	});

	it('accepts any of the accepted answers', () => {
		expect(scoreShortText(shortText(), 'vog').score).toBe(1);
	});

	it('ignores punctuation at the ends', () => {
		expect(scoreShortText(shortText(), 'VOG.').score).toBe(1);
	});

	it('gives zero for another answer', () => {
		expect(scoreShortText(shortText(), 'diploma')).toEqual({ score: 0, correct: false });
	});

	it('gives zero for an empty answer', () => {
		expect(scoreShortText(shortText({ accepted: ['...'] }), '').score).toBe(0);
	});

	it('rejects an overlong answer and a non-string', () => {
		expect(scoreItem(shortText(), 'x'.repeat(501)).score).toBe(0);
		expect(scoreItem(shortText(), 42).score).toBe(0);
	});

	it('normalises to a compact lower-case form', () => {
		expect(normaliseAnswer(' Ad  PÉP! ')).toBe('adpep');
	});

	it('gives the matching feedback', () => {
		expect(feedbackFor(shortText(), 'vog')[0]?.ref).toBe('correct');
		expect(feedbackFor(shortText(), 'iets')[0]?.ref).toBe('incorrect');
	});
});
