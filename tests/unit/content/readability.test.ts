import { describe, expect, it } from 'vitest';
import {
	countSentences,
	countSyllables,
	doumaBand,
	fleschDouma,
	proseBlocks,
	readability,
	splitSentences,
	wordsOf
} from '$lib/content';

describe('countSyllables', () => {
	it.each([
		['de', 1],
		['boek', 1],
		['leerling', 2],
		['lezen', 2],
		['leraar', 2],
		['kinderen', 3],
		['onderwijsassistent', 6],
		['auto', 2],
		['ICT-vaardigheden', 5],
		['50', 1]
	])('counts %s as %i', (word, count) => {
		expect(countSyllables(word)).toBe(count);
	});
});

describe('fleschDouma', () => {
	it('applies 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence', () => {
		// 100 words, 150 syllables, 10 sentences: 206.84 − 115.5 − 9.3.
		expect(fleschDouma(100, 10, 150)).toBeCloseTo(82.04, 10);
	});
});

describe('readability', () => {
	it('scores one short sentence by hand', () => {
		// De(1) leer-ling(2) leest(1) een(1) boek(1): 5 words, 6 syllables, 1 sentence.
		// 206.84 − 0.77 × 120 − 0.93 × 5 = 109.79
		const result = readability('De leerling leest een boek.');
		expect(result).toMatchObject({ words: 5, sentences: 1, syllables: 6, wordsPerSentence: 5 });
		expect(result.fleschDouma).toBeCloseTo(109.79, 6);
		expect(result.band?.id).toBe('very-easy');
	});

	it('scores two sentences by hand', () => {
		// Kin-de-ren(3) le-zen(2). De(1) le-raar(2) helpt(1) de(1) kin-de-ren(3) met(1) taal(1).
		// 9 words, 15 syllables, 2 sentences: 206.84 − 0.77 × 166.667 − 0.93 × 4.5 = 74.3217
		const result = readability('Kinderen lezen. De leraar helpt de kinderen met taal.');
		expect(result).toMatchObject({ words: 9, sentences: 2, syllables: 15, wordsPerSentence: 4.5 });
		expect(result.fleschDouma).toBeCloseTo(74.3217, 3);
		expect(result.band?.label).toBe('vrij gemakkelijk');
	});

	it('counts the share of sentences over 20 words', () => {
		const long = `${Array.from({ length: 21 }, () => 'woord').join(' ')}.`;
		const result = readability(`${long} Dit is kort.`);
		expect(result.sentences).toBe(2);
		expect(result.shareLongSentences).toBe(0.5);
	});

	it('does not count a sentence of exactly 20 words as long', () => {
		const twenty = `${Array.from({ length: 20 }, () => 'woord').join(' ')}.`;
		expect(readability(twenty).shareLongSentences).toBe(0);
	});

	it('strips Markdown syntax, headings and code before measuring', () => {
		const markdown =
			'# Kop met veel woorden\n\n**De** [leerling](https://x.nl) leest `een` boek.\n\n```\ncode telt niet mee.\n```';
		expect(readability(markdown)).toMatchObject({ words: 5, sentences: 1, syllables: 6 });
	});

	it('returns no score for a text without words', () => {
		expect(readability('## Alleen een kop')).toMatchObject({
			words: 0,
			fleschDouma: null,
			band: null
		});
	});
});

describe('doumaBand', () => {
	it.each([
		[-20, 'very-hard'],
		[29.9, 'very-hard'],
		[30, 'hard'],
		[45, 'fairly-hard'],
		[59.9, 'fairly-hard'],
		[60, 'normal'],
		[70, 'fairly-easy'],
		[80, 'easy'],
		[90, 'very-easy'],
		[130, 'very-easy']
	])('puts %d in %s', (score, band) => {
		expect(doumaBand(score).id).toBe(band);
	});
});

describe('sentences and words', () => {
	it('does not end a sentence at abbreviations or initials', () => {
		expect(splitSentences('Farrell et al. (2010) zegt dit, o.a. over taal. Dat klopt.')).toEqual([
			'Farrell et al. (2010) zegt dit, o.a. over taal.',
			'Dat klopt.'
		]);
	});

	it('ends sentences at ! and ? and at the end of a block', () => {
		expect(splitSentences('Wat nu? Doe het! En verder')).toHaveLength(3);
	});

	it('treats each list item as its own block', () => {
		expect(proseBlocks('- een\n- twee\n\nTekst.')).toEqual(['een', 'twee', 'Tekst.']);
	});

	it('keeps hyphenated compounds and decimals as one word', () => {
		expect(wordsOf('Het mbo-niveau is 14,5 lessen.')).toEqual([
			'Het',
			'mbo-niveau',
			'is',
			'14,5',
			'lessen'
		]);
	});

	it('counts sentences of a feedback text', () => {
		expect(countSentences('Klopt. Het artikel zegt dit. Zie de bron. En nog iets.')).toBe(4);
	});
});
