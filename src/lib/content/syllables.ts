import dutch from 'hyphen/nl/index.js';

// Syllables are counted as the parts that Dutch hyphenation patterns (Liang's algorithm, the TeX
// `nl` patterns) cut a word into. The patterns never split off a single leading or trailing
// letter, so "over" and "idee" count one syllable short; readability scores are rough anyway.

const SEPARATOR = '|';
const cache = new Map<string, number>();

/** Number of syllables in one word; compounds joined by hyphens or apostrophes add up their parts. */
export function countSyllables(word: string): number {
	const key = word.toLowerCase();
	const known = cache.get(key);
	if (known !== undefined) return known;
	const count = key
		.split(/[-'’]/u)
		.filter((part) => part.length > 0)
		.reduce((sum, part) => sum + partSyllables(part), 0);
	const result = Math.max(1, count);
	cache.set(key, result);
	return result;
}

function partSyllables(part: string): number {
	// Numbers and letterless tokens are read aloud as one unit; counting their digits would
	// only add noise.
	if (!/\p{L}/u.test(part)) return 1;
	// minWordLength 1: the default (5) leaves words like "auto" unsplit.
	return dutch.hyphenateSync(part, { hyphenChar: SEPARATOR, minWordLength: 1 }).split(SEPARATOR)
		.length;
}
