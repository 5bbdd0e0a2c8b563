import { z } from 'zod';
import type { Reflection } from '../../content';
import { MAX_FIELD_CHARS } from '../../reflection/limits';
import { isFilled } from '../../reflection/rules';
import type { FieldErrors, Fields } from '../../reflection/types';

// Everything a learner sends for a reflection is checked against the exercise: unknown field ids
// are dropped, text is capped, a choice must be one of its options and a date a real date.

/** The body of PUT …/reflectie/concept. */
export const draftBodySchema = z.object({
	sequence: z.number().int().min(0).max(2_147_483_647),
	fields: z.record(z.string(), z.unknown())
});

/** A calendar date `YYYY-MM-DD` that exists, in a range a voornemen can sensibly have. */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1900 || year > 2999) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Browsers send textarea line breaks as CRLF; PostgreSQL's jsonb refuses NUL characters. */
export function normaliseText(value: string): string {
	return value.replace(/\r\n?/g, '\n').replace(/\0/g, '');
}

const text = z
	.string({ error: 'invalid' })
	.transform(normaliseText)
	.pipe(z.string().max(MAX_FIELD_CHARS, { error: 'too-long' }));

const date = z
	.string({ error: 'invalid' })
	.trim()
	.refine((value) => value === '' || isCalendarDate(value), { error: 'date' });

function choice(options: readonly { id: string }[]) {
	const ids = new Set(options.map((option) => option.id));
	return z
		.string({ error: 'invalid' })
		.refine((value) => value === '' || ids.has(value), { error: 'choice' });
}

const schemas = new WeakMap<Reflection, z.ZodType<Fields>>();

/** One object schema per exercise; z.object drops keys it does not know. */
export function fieldsSchema(exercise: Reflection): z.ZodType<Fields> {
	let schema = schemas.get(exercise);
	if (!schema) {
		const shape = Object.fromEntries(
			exercise.fields.map((field) => {
				const base =
					field.kind === 'date'
						? date
						: field.kind === 'choice'
							? choice(field.options ?? [])
							: text;
				return [field.id, base.default('')];
			})
		);
		schema = z.object(shape);
		schemas.set(exercise, schema);
	}
	return schema;
}

export type CleanFields = { ok: true; fields: Fields } | { ok: false; errors: FieldErrors };

export function cleanFields(exercise: Reflection, raw: Record<string, unknown>): CleanFields {
	const parsed = fieldsSchema(exercise).safeParse(raw);
	if (parsed.success) return { ok: true, fields: parsed.data };
	const errors: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const id = String(issue.path[0] ?? 'form');
		errors[id] ??= issue.message;
	}
	return { ok: false, errors };
}

/** Required fields left empty, as errors a form can show beside each field. */
export function requiredErrors(requiredIds: readonly string[], fields: Fields): FieldErrors {
	return Object.fromEntries(
		requiredIds.filter((id) => !isFilled(fields[id])).map((id) => [id, 'required'])
	);
}
