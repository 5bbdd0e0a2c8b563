import { Lexer, type MarkedToken, type Token } from 'marked';

// Turns Markdown into the plain prose that readability formulas measure. Headings, code and raw
// HTML are left out: they are labels and examples, not sentences a reader works through.

// Without extensions the lexer only emits the built-in token kinds, so the generic member of
// `Token` never occurs; narrowing to `MarkedToken` makes the switch below exhaustive.
const known = (tokens: readonly Token[]) => tokens as readonly MarkedToken[];

/** The prose of a Markdown text as blocks: one string per paragraph, list item, quote or cell. */
export function proseBlocks(markdown: string): string[] {
	const blocks: string[] = [];
	collectBlocks(new Lexer({ gfm: true }).lex(markdown), blocks);
	return blocks.map((block) => block.replace(/\s+/gu, ' ').trim()).filter((block) => block !== '');
}

function collectBlocks(tokens: readonly Token[], blocks: string[]): void {
	for (const token of known(tokens)) {
		if (token.type === 'paragraph' || token.type === 'text') {
			blocks.push(inlineText(token.tokens ?? [], token.text));
		} else if (token.type === 'list') {
			for (const item of token.items) collectBlocks(item.tokens, blocks);
		} else if (token.type === 'blockquote') {
			collectBlocks(token.tokens, blocks);
		} else if (token.type === 'table') {
			for (const cell of [...token.header, ...token.rows.flat()]) {
				blocks.push(inlineText(cell.tokens, cell.text));
			}
		}
		// heading, code, html, hr, space, def: not prose.
	}
}

function inlineText(tokens: readonly Token[], fallback: string): string {
	if (tokens.length === 0) return fallback;
	return known(tokens)
		.map((token): string => {
			switch (token.type) {
				case 'html':
				case 'image':
				case 'checkbox':
					return '';
				case 'br':
					return ' ';
				case 'strong':
				case 'em':
				case 'del':
				case 'link':
					return inlineText(token.tokens, '');
				case 'text':
					return token.tokens ? inlineText(token.tokens, token.text) : token.text;
				default:
					return 'text' in token ? token.text : '';
			}
		})
		.join('');
}

// Words that end in a full stop without ending the sentence ("et al. (2010)", "bijv. De").
// Single letters with a stop ("o.a.", "d.w.z.", initials) are handled by a pattern.
const ABBREVIATIONS = new Set(
	'al bijv bv enz etc ca dr drs prof mr ir ing resp nl vgl zgn evt incl excl nr blz pag afb fig'.split(
		' '
	)
);

// A candidate sentence end: . ! ? or … (with closing quotes or brackets), then whitespace, then
// something other than a lower-case letter.
const CANDIDATE_END = /[.!?…]['"’”)\]]*\s+(?!\p{Ll})/gu;

function isAbbreviation(textBefore: string): boolean {
	const lastWord = /(\p{L}+)\.$/u.exec(textBefore)?.[1];
	if (lastWord === undefined) return false;
	return lastWord.length === 1 || ABBREVIATIONS.has(lastWord.toLowerCase());
}

/** Splits one block of prose into sentences; the end of a block always ends a sentence. */
export function splitSentences(block: string): string[] {
	const sentences: string[] = [];
	let start = 0;
	for (const match of block.matchAll(CANDIDATE_END)) {
		const end = match.index + match[0].trimEnd().length;
		if (isAbbreviation(block.slice(start, end))) continue;
		sentences.push(block.slice(start, end));
		start = match.index + match[0].length;
	}
	sentences.push(block.slice(start));
	return sentences.map((s) => s.trim()).filter((s) => countWords(s) > 0);
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|[.,]\p{N}+)*/gu;

/** The words of a text: letters and digits, keeping hyphenated compounds and decimals whole. */
export function wordsOf(text: string): string[] {
	return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
	return wordsOf(text).length;
}
