import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import type { IssueLog } from './issues';

// YAML parsed with its node ranges kept, so that a zod issue path such as
// ['items', 3, 'options'] can be turned back into the line an author must edit.

export type Path = readonly PropertyKey[];

export interface YamlSource {
	/** The plain JavaScript value of the document. */
	value: unknown;
	/** Line of the deepest node that exists along `path`; with `key`, the line of that map key. */
	lineOf(path: Path, key?: string): number;
}

/** `items[3].options[0].feedback`; `-` for the document itself. */
export function formatPath(path: Path): string {
	const text = path
		.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
		.join('')
		.replace(/^\./, '');
	return text === '' ? '-' : text;
}

/**
 * Parses YAML; syntax errors are logged and give null. `firstLine` is the file line where the
 * text starts (2 for front matter after the opening `---`).
 */
export function parseYaml(
	text: string,
	file: string,
	log: IssueLog,
	firstLine = 1
): YamlSource | null {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	for (const error of doc.errors) {
		log.error(file, lineAt(error.pos[0]), '-', `YAML: ${error.message.split('\n')[0]}`);
	}
	if (doc.errors.length > 0) return null;

	// A map entry reports the line of its key, which is where an author looks for a field.
	const lineOf = (path: Path, key?: string): number => {
		let node: unknown = doc.contents;
		let line = isNodeWithRange(node) ? lineAt(node.range[0]) : firstLine;
		for (const part of key === undefined ? path : [...path, key]) {
			if (isMap(node)) {
				const pair = node.items.find(
					(p) => isScalar(p.key) && String(p.key.value) === String(part)
				);
				if (!pair || !isNodeWithRange(pair.key)) break;
				line = lineAt(pair.key.range[0]);
				node = pair.value;
			} else if (isSeq(node) && typeof part === 'number') {
				node = node.items[part];
				if (!isNodeWithRange(node)) break;
				line = lineAt(node.range[0]);
			} else break;
		}
		return line;
	};
	return { value: doc.toJS(), lineOf };
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
	return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

/** Messages for zod's built-in issues, phrased for content authors rather than programmers. */
const authorMessages: z.core.$ZodErrorMap = (issue) => {
	if (issue.code === 'invalid_type') {
		return issue.input === undefined ? 'is required' : `must be ${issue.expected}`;
	}
	if (issue.code === 'invalid_value') {
		return `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
	}
	if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
		const kinds = issue.options.map((v) => `\`${String(v)}\``).join(', ');
		return issue.input === undefined ? `is required (one of ${kinds})` : `must be one of ${kinds}`;
	}
	return undefined;
};

function pick(node: unknown, part: PropertyKey): unknown {
	if (typeof node !== 'object' || node === null) return undefined;
	return (node as Record<PropertyKey, unknown>)[part];
}

/**
 * Validates a parsed document, or the part of it at path `at`, and logs every zod issue at the
 * line of the field it concerns.
 */
export function validate<S extends z.ZodType>(
	schema: S,
	source: YamlSource,
	file: string,
	log: IssueLog,
	at: Path = []
): z.infer<S> | null {
	const value = at.reduce<unknown>((node, part) => pick(node, part), source.value);
	const result = schema.safeParse(value, { error: authorMessages });
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const path = [...at, ...issue.path];
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				log.error(file, source.lineOf(path, key), formatPath([...path, key]), 'unknown field');
			}
		} else log.error(file, source.lineOf(path), formatPath(path), issue.message);
	}
	return null;
}
