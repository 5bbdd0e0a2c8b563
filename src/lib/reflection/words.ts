// Word counts for the reflection form. Same word rule as the readability check
// (src/lib/content/plain-text.ts), kept here without its Markdown parser so the form stays light.

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|[.,]\p{N}+)*/gu;

export function wordCount(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

export type WordAdvice = 'none' | 'short' | 'enough';

/** `none` when the field has no minimum; a minimum is advice, it never blocks submitting. */
export function wordAdvice(count: number, minWords: number | null): WordAdvice {
	if (minWords === null) return 'none';
	return count >= minWords ? 'enough' : 'short';
}
