import { Lexer, type MarkedToken, type Token } from 'marked';
import type { MdBlock, MdInline } from '../../components/learn/markdown-types';

/**
 * Links may only go to the web, to mail, or inside the site: never `javascript:` or `data:`.
 * Content is written by the course team and checked, but one bad paste must not become a script.
 */
export function safeHref(href: string): string | null {
	const trimmed = href.trim();
	if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
	if (trimmed.startsWith('#')) return trimmed;
	if (trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.includes('\\'))
		return trimmed;
	return null;
}

// Without extensions the lexer only emits the built-in token kinds, so the generic member of
// `Token` never occurs; narrowing to `MarkedToken` makes the switches below exhaustive.
const known = (tokens: readonly Token[]) => tokens as readonly MarkedToken[];

function headingLevel(depth: number): 2 | 3 | 4 {
	if (depth <= 2) return 2;
	return depth === 3 ? 3 : 4;
}

function inline(tokens: readonly Token[] | undefined): MdInline[] {
	return known(tokens ?? []).flatMap((token): MdInline[] => {
		switch (token.type) {
			case 'strong':
			case 'em':
			case 'del':
				return [{ t: token.type, c: inline(token.tokens) }];
			case 'codespan':
				return [{ t: 'code', v: token.text }];
			case 'br':
				return [{ t: 'br' }];
			case 'link': {
				const href = safeHref(token.href);
				return href ? [{ t: 'link', href, c: inline(token.tokens) }] : inline(token.tokens);
			}
			case 'text':
				return token.tokens ? inline(token.tokens) : [{ t: 'text', v: token.text }];
			case 'escape':
				return [{ t: 'text', v: token.text }];
			default:
				// Raw HTML, images and anything else show as their literal text, never as markup.
				return [{ t: 'text', v: token.raw }];
		}
	});
}

function blocks(tokens: readonly Token[]): MdBlock[] {
	return known(tokens).flatMap((token): MdBlock[] => {
		switch (token.type) {
			case 'space':
			case 'hr':
			case 'def':
				return [];
			case 'paragraph':
				return [{ t: 'p', c: inline(token.tokens) }];
			case 'text':
				return [
					{ t: 'plain', c: token.tokens ? inline(token.tokens) : [{ t: 'text', v: token.text }] }
				];
			case 'heading':
				return [{ t: 'h', level: headingLevel(token.depth), c: inline(token.tokens) }];
			case 'list':
				return [
					{ t: token.ordered ? 'ol' : 'ul', items: token.items.map((item) => blocks(item.tokens)) }
				];
			case 'blockquote':
				return [{ t: 'quote', c: blocks(token.tokens) }];
			default:
				// Code, tables and raw HTML: shown as their literal text, never as markup.
				return [{ t: 'p', c: [{ t: 'text', v: token.raw.trim() }] }];
		}
	});
}

/** Markdown as a tree of plain data, for Markdown.svelte. */
export function markdownTree(markdown: string): MdBlock[] {
	return blocks(Lexer.lex(markdown));
}
