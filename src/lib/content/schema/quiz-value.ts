import { z } from 'zod';
import { textSchema } from './common';
import { feedbackSchema, type Ctx } from './quiz-parts';

// Question shapes where the learner types the answer: a number or a short text.

/** A wrong number that learners are expected to give, with feedback aimed at that mistake. */
const misconceptionSchema = z.strictObject({
	/** The wrong value; matched with the question's tolerance. */
	value: z.number(),
	/** Replaces `feedbackIncorrect` when the learner gave this value. */
	feedback: feedbackSchema
});

export const numericShape = {
	/** Which kind of question this is. */
	type: z.literal('numeric'),
	/** The question, asking for one number. */
	prompt: textSchema,
	/** The right number. */
	answer: z.number(),
	/** How far a response may lie from `answer` and still count as right (0 or more). */
	tolerance: z.number().min(0, { error: 'must be 0 or more' }),
	/** Unit shown after the input field, for example `procent`. */
	unit: textSchema.optional(),
	/** Feedback when the number is within tolerance. */
	feedbackCorrect: feedbackSchema,
	/** Feedback when it is not (unless a misconception matches). */
	feedbackIncorrect: feedbackSchema,
	/** Expected wrong values with their own feedback. */
	misconceptions: z.array(misconceptionSchema).optional()
};

export function checkNumeric(
	q: { answer: number; tolerance: number; misconceptions?: { value: number }[] | undefined },
	ctx: Ctx
): void {
	(q.misconceptions ?? []).forEach((m, index) => {
		if (Math.abs(m.value - q.answer) <= q.tolerance) {
			const message = 'lies within the tolerance of the answer, so it would be scored right';
			ctx.addIssue({ code: 'custom', path: ['misconceptions', index, 'value'], message });
		}
	});
}

export const shortTextShape = {
	/** Which kind of question this is. */
	type: z.literal('short-text'),
	/** The question, asking for a word or a short phrase. */
	prompt: textSchema,
	/** Answers that count as right; compared ignoring case, accents and whitespace. */
	accepted: z.array(textSchema).min(1, { error: 'give at least one accepted answer' }),
	/** Feedback when the answer is accepted. */
	feedbackCorrect: feedbackSchema,
	/** Feedback when it is not. */
	feedbackIncorrect: feedbackSchema
};
