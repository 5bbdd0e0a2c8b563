import { z } from 'zod';
import { slugSchema, textSchema } from './common';
import { checkUniqueIds, feedbackSchema, type Ctx } from './quiz-parts';

// Question shapes where the learner arranges given texts: matching pairs, ordering steps.

/** One pair of a `match` question: the learner matches `left` to `right`. */
const pairSchema = z.strictObject({
	/** Id unique within the question; also the id of this pair's right-hand text. */
	id: slugSchema,
	/** The fixed left-hand text. */
	left: textSchema,
	/** The right-hand text that belongs to `left`; shown shuffled among the others. */
	right: textSchema,
	/** Why left and right belong together. */
	feedback: feedbackSchema
});

/** An extra right-hand text that belongs to no pair. */
const distractorSchema = z.strictObject({
	/** Id unique within the question, different from every pair id. */
	id: slugSchema,
	/** The right-hand text as the learner sees it. */
	text: textSchema,
	/** Why this text belongs to no left-hand text; shown when the learner chose it. */
	feedback: feedbackSchema
});

export const matchShape = {
	/** Which kind of question this is. */
	type: z.literal('match'),
	/** The instruction, for example "Koppel elke functie aan het niveau". */
	prompt: textSchema,
	/** Three to six pairs. */
	pairs: z
		.array(pairSchema)
		.min(3, { error: 'give at least 3 pairs' })
		.max(6, { error: 'give at most 6 pairs' }),
	/** Optional extra right-hand texts that match nothing. */
	distractors: z.array(distractorSchema).optional()
};

export function checkMatch(
	q: { pairs: { id: string }[]; distractors?: { id: string }[] | undefined },
	ctx: Ctx
): void {
	checkUniqueIds(
		q.pairs.map((p) => p.id),
		'pairs',
		ctx
	);
	const pairIds = new Set(q.pairs.map((p) => p.id));
	const distractorIds = (q.distractors ?? []).map((d) => d.id);
	checkUniqueIds(distractorIds, 'distractors', ctx);
	distractorIds.forEach((id, index) => {
		if (pairIds.has(id)) {
			const message = `id \`${id}\` is also a pair id; right-hand ids must be unique`;
			ctx.addIssue({ code: 'custom', path: ['distractors', index, 'id'], message });
		}
	});
}

/** One step of an `order` question. */
const stepSchema = z.strictObject({
	/** Id unique within the question; the response lists step ids. */
	id: slugSchema,
	/** The step as the learner sees it. */
	text: textSchema,
	/** Why the step stands where it does. */
	feedback: feedbackSchema
});

export const orderShape = {
	/** Which kind of question this is. */
	type: z.literal('order'),
	/** The instruction, for example "Zet de stappen in de goede volgorde". */
	prompt: textSchema,
	/** Three to seven steps, written in the correct order; learners see them shuffled. */
	steps: z
		.array(stepSchema)
		.min(3, { error: 'give at least 3 steps' })
		.max(7, { error: 'give at most 7 steps' })
};

export function checkOrder(q: { steps: { id: string }[] }, ctx: Ctx): void {
	checkUniqueIds(
		q.steps.map((s) => s.id),
		'steps',
		ctx
	);
}
