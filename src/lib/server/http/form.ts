import { z } from 'zod';

/** Field errors are codes, not sentences: the page turns them into the reader's language. */
export type FieldErrors = Record<string, string>;

export type FormResult<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Reads FormData as untrusted input and validates it. Text values are echoed back on failure
 * (never passwords), so nothing the user typed is lost.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	formData: FormData,
	options: { echo?: string[] } = {}
): FormResult<z.infer<S>> {
	const raw: Record<string, string> = {};
	for (const [key, value] of formData) if (typeof value === 'string') raw[key] = value;
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	const errors: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	const values: Record<string, string> = {};
	for (const key of options.echo ?? []) values[key] = raw[key] ?? '';
	return { ok: false, errors, values };
}

/** Shared field rules; each message is an error code (see src/lib/i18n/form-errors.ts). */
export const fields = {
	email: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.max(254, { error: 'email' })
		.pipe(z.email({ error: 'email' })),
	name: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.max(100, { error: 'name-length' }),
	password: z.string({ error: 'required' }).min(1, { error: 'required' })
};
