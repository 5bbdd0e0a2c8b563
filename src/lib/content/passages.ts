import { SLUG_PATTERN } from './schema/common';
import type { Passage, SourceSection } from './schema/passage';
import type { MarkdownProblem } from './lesson-markdown';

// The source article is cited by passage: every paragraph and list item ends with `{#id}`,
// and every heading below the title carries a section anchor. Ids never change once published,
// because lessons, quiz items and stored answers refer to them.

export interface SourceArticle {
	/** The `#` title of the article, when present. */
	title: string | null;
	sections: SourceSection[];
	passages: Passage[];
	problems: MarkdownProblem[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s+/;
const PASSAGE_ID = /\s*\{#([^}]*)\}\s*$/;

interface Block {
	line: number;
	lines: string[];
}

/** Paragraphs and list items, each with its first line; a blank line or a new item ends one. */
function blocksOf(
	lines: readonly string[],
	firstLine: number
): (Block | { heading: string; line: number })[] {
	const blocks: (Block | { heading: string; line: number })[] = [];
	let current: Block | null = null;
	lines.forEach((text, index) => {
		const line = firstLine + index;
		if (text.trim() === '') current = null;
		else if (HEADING.test(text)) {
			current = null;
			blocks.push({ heading: text, line });
		} else if (current === null || LIST_ITEM.test(text)) {
			current = { line, lines: [text.replace(LIST_ITEM, '')] };
			blocks.push(current);
		} else current.lines.push(text.trim());
	});
	return blocks;
}

/** Parses the article body; `firstLine` is the file line where the body starts. */
export function parseSourceArticle(body: string, firstLine = 1): SourceArticle {
	const sections: SourceSection[] = [];
	const passages: Passage[] = [];
	const problems: MarkdownProblem[] = [];
	const seen = new Map<string, number>();
	let title: string | null = null;
	// Open sections by heading level, to find the parent of a deeper heading.
	const stack: SourceSection[] = [];

	const claim = (id: string, line: number, what: string): boolean => {
		if (!SLUG_PATTERN.test(id)) {
			problems.push({
				line,
				message: `${what} id \`${id}\` must be lower-case words joined by hyphens`
			});
			return false;
		}
		const earlier = seen.get(id);
		if (earlier !== undefined) {
			problems.push({ line, message: `${what} id \`${id}\` is already used on line ${earlier}` });
			return false;
		}
		seen.set(id, line);
		return true;
	};

	for (const block of blocksOf(body.split(/\r?\n/), firstLine)) {
		if ('heading' in block) {
			const [, hashes = '#', text = '', anchor] = HEADING.exec(block.heading) ?? [];
			const level = hashes.length;
			if (level === 1 && anchor === undefined) {
				title ??= text;
				continue;
			}
			if (anchor === undefined) {
				problems.push({ line: block.line, message: 'heading has no section anchor `{#id}`' });
				continue;
			}
			if (!claim(anchor, block.line, 'section')) continue;
			while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
			const section = {
				id: anchor,
				title: text,
				level,
				parent: stack.at(-1)?.id ?? null,
				line: block.line
			};
			sections.push(section);
			stack.push(section);
			continue;
		}
		const text = block.lines.join(' ');
		const id = PASSAGE_ID.exec(text);
		if (!id) {
			problems.push({
				line: block.line,
				message: 'paragraph does not end with a passage id `{#id}`'
			});
			continue;
		}
		const passageId = (id[1] ?? '').trim();
		if (!claim(passageId, block.line, 'passage')) continue;
		const section = stack.at(-1)?.id ?? null;
		passages.push({
			id: passageId,
			section,
			text: text.slice(0, id.index).trim(),
			line: block.line
		});
	}
	return { title, sections, passages, problems };
}
