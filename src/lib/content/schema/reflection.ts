import { z } from 'zod';
import { audienceSchema, passageListSchema, slugSchema, textSchema } from './common';
import { checkReflectionFields } from './reflection-rules';

/** The reflection models: ALACT (Korthagen) for teachers, STARR for assistants in MBO placements. */
export const REFLECTION_MODELS = ['alact', 'starr'] as const;

/** One answer option of a `choice` field. */
const fieldOptionSchema = z.strictObject({
	/** Stable id stored with the answer. */
	id: slugSchema,
	/** The option as the learner sees it. */
	label: textSchema
});

/** One input of a reflection exercise. */
export const reflectionFieldSchema = z.strictObject({
	/** Stable id within the exercise; the model fixes which ids must be present. */
	id: slugSchema,
	/** Short label above the input. */
	label: textSchema,
	/** The question the learner answers. */
	prompt: textSchema,
	/** A hint under the input, for example how much to write. */
	help: textSchema.optional(),
	/** Minimum number of words for a text answer. */
	minWords: z.number().int().positive().optional(),
	/** Input kind: `text` (default), `choice` (pick one of `options`) or `date`. */
	kind: z.enum(['text', 'choice', 'date']).default('text'),
	/** Column for the eight ALACT questions: `ik` (me) or `ander` (the other person). */
	column: z.enum(['ik', 'ander']).optional(),
	/** Sentence starters at B1; required on every text field of a `starr` exercise. */
	starters: z.array(textSchema).min(1, { error: 'give at least one starter' }).optional(),
	/** The choices of a `choice` field; only there. */
	options: z.array(fieldOptionSchema).min(2, { error: 'give at least 2 options' }).optional()
});
export type ReflectionField = z.infer<typeof reflectionFieldSchema>;

/** A reflection exercise, `reflectie-<audience>.yaml`. */
export const reflectionSchema = z
	.strictObject({
		/** Stable id, for example `functies-reflectie-leraar`; answers are stored under it. */
		id: slugSchema,
		/** The audience this exercise is for; must match the file name. */
		audience: audienceSchema,
		/** `alact` for the teacher track, `starr` for the assistant track. */
		model: z.enum(REFLECTION_MODELS),
		/** Title shown above the exercise. */
		title: textSchema,
		/** Introduction (Markdown): what to reflect on and why. */
		intro: textSchema,
		/** Privacy advice shown by the form, such as not naming pupils or colleagues. */
		privacyHint: textSchema,
		/** The passages the exercise rests on. */
		passages: passageListSchema,
		/** The inputs, in display order. */
		fields: z.array(reflectionFieldSchema).min(1, { error: 'give at least one field' })
	})
	.superRefine(checkReflectionFields);
export type Reflection = z.infer<typeof reflectionSchema>;
