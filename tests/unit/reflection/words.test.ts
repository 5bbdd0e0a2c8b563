import { describe, expect, it } from 'vitest';
import { wordAdvice, wordCount } from '../../../src/lib/reflection/words';
import { countWords } from '../../../src/lib/content/plain-text';

describe('wordCount', () => {
	it('counts words, keeping hyphenated compounds, elisions and decimals whole', () => {
		expect(wordCount('')).toBe(0);
		expect(wordCount('   \n\t ')).toBe(0);
		expect(wordCount('Ik werkte in groep 5.')).toBe(5);
		expect(wordCount("De onderwijs-assistent z'n taak kostte 2,5 uur")).toBe(7);
		expect(wordCount('Één leerling, één idee… en: klaar!')).toBe(6);
	});

	it('agrees with the readability check on the same text', () => {
		const text =
			'Ik vroeg de leraar om uitleg. Daarna heb ik 3,5 uur met groep 7 gewerkt — zo’n klus!';
		expect(wordCount(text)).toBe(countWords(text));
	});
});

describe('wordAdvice', () => {
	it('is advice only when the field has a minimum', () => {
		expect(wordAdvice(0, null)).toBe('none');
		expect(wordAdvice(29, 30)).toBe('short');
		expect(wordAdvice(30, 30)).toBe('enough');
		expect(wordAdvice(31, 30)).toBe('enough');
	});
});
