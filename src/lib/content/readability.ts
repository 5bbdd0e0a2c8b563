import { proseBlocks, splitSentences, wordsOf } from './plain-text';
import { countSyllables } from './syllables';

/** Douma's bands for Flesch-Douma scores (Douma 1960), lower bound inclusive. */
export const DOUMA_BANDS = [
	{ id: 'very-hard', label: 'zeer moeilijk', min: -Infinity },
	{ id: 'hard', label: 'moeilijk', min: 30 },
	{ id: 'fairly-hard', label: 'vrij moeilijk', min: 45 },
	{ id: 'normal', label: 'normaal', min: 60 },
	{ id: 'fairly-easy', label: 'vrij gemakkelijk', min: 70 },
	{ id: 'easy', label: 'gemakkelijk', min: 80 },
	{ id: 'very-easy', label: 'zeer gemakkelijk', min: 90 }
] as const;
export type DoumaBand = (typeof DOUMA_BANDS)[number];

/** Sentences longer than this many words count as long (the B1 guideline: rarely over 15 to 20). */
export const LONG_SENTENCE_WORDS = 20;

export interface Readability {
	words: number;
	sentences: number;
	syllables: number;
	/** Flesch-Douma reading ease; null for a text without words. */
	fleschDouma: number | null;
	/** Douma's band for the score; null for a text without words. */
	band: DoumaBand | null;
	/** Average words per sentence (0 for a text without words). */
	wordsPerSentence: number;
	/** Share (0..1) of sentences longer than `LONG_SENTENCE_WORDS` words. */
	shareLongSentences: number;
}

/** Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
	return 206.84 - 0.77 * ((syllables / words) * 100) - 0.93 * (words / sentences);
}

export function doumaBand(score: number): DoumaBand {
	let band: DoumaBand = DOUMA_BANDS[0];
	for (const candidate of DOUMA_BANDS) if (score >= candidate.min) band = candidate;
	return band;
}

/** Readability of a Markdown text; Markdown syntax, headings and code are stripped first. */
export function readability(markdown: string): Readability {
	const sentences = proseBlocks(markdown).flatMap(splitSentences).map(wordsOf);
	const words = sentences.reduce((sum, sentence) => sum + sentence.length, 0);
	const syllables = sentences.flat().reduce((sum, word) => sum + countSyllables(word), 0);
	const long = sentences.filter((sentence) => sentence.length > LONG_SENTENCE_WORDS).length;
	if (words === 0) {
		const empty = { fleschDouma: null, band: null, wordsPerSentence: 0, shareLongSentences: 0 };
		return { words, sentences: 0, syllables: 0, ...empty };
	}
	const score = fleschDouma(words, sentences.length, syllables);
	return {
		words,
		sentences: sentences.length,
		syllables,
		fleschDouma: score,
		band: doumaBand(score),
		wordsPerSentence: words / sentences.length,
		shareLongSentences: long / sentences.length
	};
}

/** Number of sentences in a Markdown text, for checks such as "feedback of one to three sentences". */
export function countSentences(markdown: string): number {
	return proseBlocks(markdown).flatMap(splitSentences).length;
}
