import { describe, expect, it } from 'vitest';
import { parseDecimal } from '$lib/quiz/number';

describe('parseDecimal (Dutch input)', () => {
	it('reads the Dutch decimal comma and the point alike', () => {
		expect(parseDecimal('14,5')).toBe(14.5);
		expect(parseDecimal('14.5')).toBe(14.5);
		expect(parseDecimal(' 3 ')).toBe(3);
		expect(parseDecimal(',5')).toBe(0.5);
	});

	it('reads thousands grouped with points when a comma follows', () => {
		expect(parseDecimal('1.234,5')).toBe(1234.5);
		expect(parseDecimal('1 234,5')).toBe(1234.5);
	});

	it('accepts a sign, a typographic minus and a trailing percent sign', () => {
		expect(parseDecimal('-2,5')).toBe(-2.5);
		expect(parseDecimal('\u22122')).toBe(-2);
		expect(parseDecimal('93%')).toBe(93);
		expect(parseDecimal('93 %')).toBe(93);
	});

	it('refuses words, two separators, empty input and absurd lengths', () => {
		for (const bad of [
			'',
			'  ',
			'veertien',
			'14,5,1',
			'1.2.3',
			'14,',
			'1e5',
			'NaN',
			'9'.repeat(41)
		]) {
			expect(parseDecimal(bad), bad).toBeNull();
		}
	});
});
