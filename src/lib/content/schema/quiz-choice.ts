import { z } from 'zod';
import { slugSchema, textSchema } from './common';
import { checkUniqueIds, feedbackSchema, type Ctx } from './quiz-parts';

// Question shapes where the learner picks: one option, several options, or true/false.
// Items add their common fields around a shape; a scenario's inner `question` is one shape.

/** One answer option of a `single` or `multiple` question. */
const optionSchema = z.strictObject({
	/** Id unique within the question (`a`, `b`, …); responses name options by it. */
	id: slugSchema,
	/** The option as the learner sees it. */
	text: textSchema,
	/** Whether choosing this option is right; leave out for wrong options. */
	correct: z.boolean().optional(),
	/** Shown after submitting when the learner chose this option, or missed it while it was right. */
	feedback: feedbackSchema
});

function choiceShape<T extends 'single' | 'multiple'>(type: T, min: number, max: number) {
	return {
		/** Which kind of question this is; decides the other fields and the scoring. */
		type: z.literal(type),
		/** The question as the learner reads it. */
		prompt: textSchema,
		/** The answer options, in display order. */
		options: z
			.array(optionSchema)
			.min(min, { error: `give at least ${min} options` })
			.max(max, { error: `give at most ${max} options` })
	};
}

export const singleShape = choiceShape('single', 2, 6);
export const multipleShape = choiceShape('multiple', 3, 8);

export function checkSingle(q: { options: z.infer<typeof optionSchema>[] }, ctx: Ctx): void {
	checkUniqueIds(
		q.options.map((o) => o.id),
		'options',
		ctx
	);
	const correct = q.options.filter((o) => o.correct === true).length;
	if (correct !== 1) {
		ctx.addIssue({
			code: 'custom',
			path: ['options'],
			message: `mark exactly one option \`correct: true\` (found ${correct})`
		});
	}
}

export function checkMultiple(q: { options: z.infer<typeof optionSchema>[] }, ctx: Ctx): void {
	checkUniqueIds(
		q.options.map((o) => o.id),
		'options',
		ctx
	);
	if (!q.options.some((o) => o.correct === true)) {
		ctx.addIssue({
			code: 'custom',
			path: ['options'],
			message: 'mark at least one option `correct: true`'
		});
	}
}

export const trueFalseShape = {
	/** Which kind of question this is. */
	type: z.literal('true-false'),
	/** A statement the learner judges true or false. */
	prompt: textSchema,
	/** Whether the statement is true. */
	answer: z.boolean(),
	/** Feedback shown when the learner answered "true". */
	feedbackTrue: feedbackSchema,
	/** Feedback shown when the learner answered "false". */
	feedbackFalse: feedbackSchema
};
