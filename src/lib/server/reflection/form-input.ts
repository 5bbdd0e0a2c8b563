import { z } from 'zod';
import { MAX_REPLY_CHARS } from '../../reflection/limits';

// Reading the reflection forms that work without JavaScript. Field inputs are named
// `field.<id>`; the exercise's own schema (validate.ts) decides which of them count.

const FIELD_PREFIX = 'field.';
const sequence = z.coerce.number().int().min(0).max(2_147_483_647);

export interface ReflectionFormInput {
	/** Null when the form carried no usable sequence: treated as stale, never as a fresh start. */
	sequence: number | null;
	fields: Record<string, string>;
}

/**
 * The sequence comes from the hidden field, or from the "keep my text" button of a conflict
 * notice, which carries the newer sequence so that saving on top of it is an explicit choice.
 */
export function readReflectionForm(formData: FormData): ReflectionFormInput {
	const fields: Record<string, string> = {};
	for (const [key, value] of formData) {
		if (key.startsWith(FIELD_PREFIX) && typeof value === 'string') {
			fields[key.slice(FIELD_PREFIX.length)] = value;
		}
	}
	const raw = formData.get('keepSequence') ?? formData.get('sequence');
	const parsed = sequence.safeParse(typeof raw === 'string' && raw !== '' ? raw : undefined);
	return { sequence: parsed.success ? parsed.data : null, fields };
}

const answer = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.max(MAX_REPLY_CHARS, { error: 'too-long' });

/** The learner's one reply to a trainer's feedback. */
export const replyForm = z.object({
	feedbackId: z.string({ error: 'required' }).min(1, { error: 'required' }).max(64),
	reply: answer
});

/** The answer to "hoe ging het?". */
export const checkinForm = z.object({
	from: z.string({ error: 'required' }).min(1, { error: 'required' }).max(100),
	answer
});
