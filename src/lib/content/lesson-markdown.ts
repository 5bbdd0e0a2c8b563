import { AUDIENCES, type Audience } from './schema/common';

// The structure of a lesson body: `##` sections that cite passages with `{bron: id id}`, and
// variant blocks (`:::leraar` … `:::`) that only one audience reads. Line numbers are kept so
// that the content check can point authors at the exact line.

export interface LessonSection {
	/** Heading text without `##` and without the `{bron: …}` attribute. */
	heading: string;
	/** Passage ids named in `{bron: …}`; empty when the attribute is missing or empty. */
	passages: string[];
	/** Whether the heading carries a `{bron: …}` attribute at all. */
	hasSource: boolean;
	/** Line of the heading in the file. */
	line: number;
	/** The Markdown between this heading and the next `##` heading, variant blocks included. */
	body: string;
}

export interface VariantBlock {
	audience: Audience;
	/** Line of `:::audience`. */
	line: number;
	/** Line of the closing `:::`, or null when the block is never closed. */
	endLine: number | null;
}

export interface MarkdownProblem {
	line: number;
	message: string;
}

export interface LessonBody {
	/** Markdown before the first section (may be empty). */
	intro: string;
	sections: LessonSection[];
	variants: VariantBlock[];
	problems: MarkdownProblem[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const VARIANT = /^:::\s*([\p{L}\p{N}-]*)\s*$/u;
const SECTION = /^##(?!#)\s*(.*)$/;
const SOURCE = /\s*\{bron:([^}]*)\}\s*$/;
// A tag name followed by whitespace, `>` or `/>`: autolinks such as <https://…> do not match.
const HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s|\/?>)|<!--/;

type LineKind =
	| { kind: 'fenced' }
	| { kind: 'variant-open'; name: string }
	| { kind: 'variant-close' }
	| { kind: 'text' };

/** Classifies each line, skipping fenced code, so that `##` or `:::` inside code mean nothing. */
function classify(lines: readonly string[]): LineKind[] {
	let fence: string | null = null;
	return lines.map((line): LineKind => {
		const marker = FENCE.exec(line)?.[1];
		if (fence !== null) {
			if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
			return { kind: 'fenced' };
		}
		if (marker) {
			fence = marker;
			return { kind: 'fenced' };
		}
		const variant = VARIANT.exec(line.trim());
		if (variant) {
			const name = variant[1] ?? '';
			return name === '' ? { kind: 'variant-close' } : { kind: 'variant-open', name };
		}
		return { kind: 'text' };
	});
}

function isAudience(name: string): name is Audience {
	return (AUDIENCES as readonly string[]).includes(name);
}

/** Splits a heading into its text and the passage ids of its `{bron: …}` attribute. */
export function parseHeading(text: string): {
	heading: string;
	passages: string[];
	hasSource: boolean;
} {
	const source = SOURCE.exec(text);
	if (!source) return { heading: text.trim(), passages: [], hasSource: false };
	const passages = (source[1] ?? '').split(/[\s,]+/).filter((id) => id !== '');
	return { heading: text.slice(0, source.index).trim(), passages, hasSource: true };
}

/** Parses a lesson body; `firstLine` is the file line where the body starts (after front matter). */
export function parseLessonBody(body: string, firstLine = 1): LessonBody {
	const lines = body.split(/\r?\n/);
	const kinds = classify(lines);
	const problems: MarkdownProblem[] = [];
	const variants: VariantBlock[] = [];
	const sections: LessonSection[] = [];
	const intro: string[] = [];
	// The open block, also when its name is unknown, so that its closing line is not reported too.
	let open: { name: string; line: number; block: VariantBlock | null } | null = null;
	let current: { section: LessonSection; lines: string[] } | null = null;
	const finish = () => {
		if (current) current.section.body = current.lines.join('\n').trim();
	};

	for (const [index, text] of lines.entries()) {
		const line = firstLine + index;
		const kind = kinds[index] ?? { kind: 'text' };
		const problem = (message: string) => problems.push({ line, message });
		if (kind.kind === 'variant-open') {
			if (open) {
				problem(`variant blocks do not nest; close \`:::${open.name}\` (line ${open.line}) first`);
				continue;
			}
			const block = isAudience(kind.name) ? { audience: kind.name, line, endLine: null } : null;
			if (block) variants.push(block);
			else problem(`unknown variant \`:::${kind.name}\`; use :::leraar or :::ondersteuner`);
			open = { name: kind.name, line, block };
		} else if (kind.kind === 'variant-close') {
			if (open?.block) open.block.endLine = line;
			if (!open) problem('`:::` closes no open variant block');
			open = null;
		} else if (kind.kind === 'text') {
			if (/^#(?!#)\s/.test(text)) {
				problem('use `##` for sections; the lesson title comes from the front matter');
			}
			if (HTML.test(text.replace(/`[^`]*`/g, ''))) {
				problem('raw HTML is not allowed (it is not rendered)');
			}
			const heading = SECTION.exec(text);
			if (heading) {
				if (open) problem(`a \`##\` section cannot start inside \`:::${open.name}\``);
				finish();
				current = { section: { ...parseHeading(heading[1] ?? ''), line, body: '' }, lines: [] };
				sections.push(current.section);
				continue;
			}
		}
		(current ? current.lines : intro).push(text);
	}
	finish();
	if (open) {
		const message = `\`:::${open.name}\` is never closed with \`:::\``;
		problems.push({ line: open.line, message });
	}
	return { intro: intro.join('\n').trim(), sections, variants, problems };
}

/**
 * The Markdown one audience reads: shared text, plus that audience's variant blocks without
 * their markers; other audiences' blocks and the `{bron: …}` attributes are removed.
 */
export function textForAudience(body: string, audience: Audience): string {
	const lines = body.split(/\r?\n/);
	const kinds = classify(lines);
	const kept: string[] = [];
	let inside: string | null = null;
	lines.forEach((text, index) => {
		const kind = kinds[index] ?? { kind: 'text' };
		if (kind.kind === 'variant-open') inside = kind.name;
		else if (kind.kind === 'variant-close') inside = null;
		else if (inside === null || inside === audience) {
			const heading = kind.kind === 'text' ? SECTION.exec(text) : null;
			kept.push(heading ? `## ${parseHeading(heading[1] ?? '').heading}` : text);
		}
	});
	return kept
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
