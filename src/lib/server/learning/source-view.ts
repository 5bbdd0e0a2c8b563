import { getCourse, type Course } from '../content';

// The whole source article for /bron, in document order, with every passage id as an anchor so
// that lesson citations and quiz feedback ("lees terug") can link to the exact paragraph.

export type SourceBlock =
	| { kind: 'heading'; id: string; title: string; level: number }
	| { kind: 'passage'; id: string; text: string };

export interface SourceView {
	blocks: SourceBlock[];
	/** Top-level sections, for the table of contents. */
	contents: { id: string; title: string }[];
}

let cached: { course: Course; view: SourceView } | undefined;

/** Built once per course: the article never changes while the process runs. */
export function getSourceView(course: Course = getCourse()): SourceView {
	if (cached?.course === course) return cached.view;
	const entries: { line: number; block: SourceBlock }[] = [
		...course.sections.map((s) => ({
			line: s.line,
			block: { kind: 'heading', id: s.id, title: s.title, level: s.level } satisfies SourceBlock
		})),
		...course.passages.map((p) => ({
			line: p.line,
			block: { kind: 'passage', id: p.id, text: p.text } satisfies SourceBlock
		}))
	];
	const blocks = entries.sort((a, b) => a.line - b.line).map((entry) => entry.block);
	const top = Math.min(...course.sections.map((s) => s.level));
	const view: SourceView = {
		blocks,
		contents: course.sections
			.filter((s) => s.level === top)
			.map((s) => ({ id: s.id, title: s.title }))
	};
	cached = { course, view };
	return view;
}
