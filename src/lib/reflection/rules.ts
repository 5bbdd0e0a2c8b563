import type { ExerciseView, FieldView, Fields } from './types';
import { wordCount } from './words';

/** A value counts as filled in when it holds more than whitespace. */
export function isFilled(value: string | undefined): boolean {
	return (value ?? '').trim().length > 0;
}

/** Required fields that are still empty; submitting waits for these. */
export function missingRequired(fields: readonly FieldView[], values: Fields): FieldView[] {
	return fields.filter((field) => field.required && !isFilled(values[field.id]));
}

/** Text fields under their advised word count: the learner is warned, not stopped. */
export function belowMinimum(
	fields: readonly FieldView[],
	values: Fields
): { field: FieldView; count: number; minWords: number }[] {
	return fields.flatMap((field) => {
		if (field.kind !== 'text' || field.minWords === null) return [];
		const count = wordCount(values[field.id] ?? '');
		return count < field.minWords ? [{ field, count, minWords: field.minWords }] : [];
	});
}

/** Equal when every field the exercise knows has the same text (a missing value is empty). */
export function sameFields(a: Fields, b: Fields): boolean {
	const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
	for (const id of ids) if ((a[id] ?? '') !== (b[id] ?? '')) return false;
	return true;
}

/** Every field of the exercise with a string value, so inputs are never uncontrolled. */
export function completeFields(exercise: ExerciseView, values: Fields): Fields {
	return Object.fromEntries(exercise.fields.map((field) => [field.id, values[field.id] ?? '']));
}

export type LayoutBlock =
	{ kind: 'field'; field: FieldView } | { kind: 'columns'; ik: FieldView[]; ander: FieldView[] };

/**
 * Groups the ALACT questions that carry a column into one two-column block, placed where the
 * first of them stands; every other field keeps its place.
 */
export function layoutBlocks(fields: readonly FieldView[]): LayoutBlock[] {
	const blocks: LayoutBlock[] = [];
	let columns: Extract<LayoutBlock, { kind: 'columns' }> | null = null;
	for (const field of fields) {
		if (field.column === null) {
			blocks.push({ kind: 'field', field });
			continue;
		}
		if (!columns) {
			columns = { kind: 'columns', ik: [], ander: [] };
			blocks.push(columns);
		}
		columns[field.column].push(field);
	}
	return blocks;
}

/** A starter such as "Ik werkte in groep ..." without its trailing dots, ready to continue. */
export function starterText(starter: string): string {
	return `${starter.replace(/\s*(?:\.{3}|…)\s*$/u, '').trimEnd()} `;
}

/** Appends a starter to what is already written, on a new line when the field is not empty. */
export function insertStarter(current: string, starter: string): string {
	const text = starterText(starter);
	if (!isFilled(current)) return text;
	return current.endsWith('\n') ? `${current}${text}` : `${current}\n${text}`;
}
