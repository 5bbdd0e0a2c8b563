import { z } from 'zod';
import { audienceListSchema, passageListSchema, slugSchema, textSchema } from './common';
import { checkOrder, checkMatch, matchShape, orderShape } from './quiz-arrange';
import {
	checkMultiple,
	checkSingle,
	multipleShape,
	singleShape,
	trueFalseShape
} from './quiz-choice';
import { checkNumeric, numericShape, shortTextShape } from './quiz-value';

/** Bloom-style level: what the item asks the learner to do with the text. */
export const LEVELS = ['remember', 'understand', 'apply'] as const;
/** How hard the item is expected to be for its audience. */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** Every item type, in the order of the content contract. */
export const ITEM_TYPES = [
	'single',
	'multiple',
	'true-false',
	'match',
	'order',
	'numeric',
	'short-text',
	'scenario'
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export type Level = (typeof LEVELS)[number];

/** Fields that every item has, whatever its type. */
const commonShape = {
	/** Stable id `<module slug>-NN`; answers are stored under it, so never reuse or renumber. */
	id: slugSchema,
	/** What the item asks: `remember`, `understand` or `apply`. */
	level: z.enum(LEVELS),
	/** Expected difficulty: `easy`, `medium` or `hard`. */
	difficulty: z.enum(DIFFICULTIES),
	/** Who gets this item; defaults to the module's audiences and must be a subset of them. */
	audiences: audienceListSchema.optional(),
	/** One to three sentences on the whole item, shown after submitting. */
	explanation: textSchema,
	/** The passages the item rests on. */
	passages: passageListSchema
};

// Each refined schema is built from a plain shape, because zod cannot extend a refined object.
/** A question without the item's common fields: what a scenario asks about its case. */
export const questionSchema = z.discriminatedUnion('type', [
	z.strictObject(singleShape).superRefine(checkSingle),
	z.strictObject(multipleShape).superRefine(checkMultiple),
	z.strictObject(trueFalseShape),
	z.strictObject(matchShape).superRefine(checkMatch),
	z.strictObject(orderShape).superRefine(checkOrder),
	z.strictObject(numericShape).superRefine(checkNumeric),
	z.strictObject(shortTextShape)
]);
export type Question = z.infer<typeof questionSchema>;

const scenarioShape = {
	/** Which kind of item this is. */
	type: z.literal('scenario'),
	/** A short practice situation (Markdown) that the question is about. */
	case: textSchema,
	/** The question about the case: any other type, without id, level, difficulty, passages, explanation. */
	question: questionSchema
};

/** One quiz item: a discriminated union on `type`. */
export const quizItemSchema = z.discriminatedUnion('type', [
	z.strictObject({ ...commonShape, ...singleShape }).superRefine(checkSingle),
	z.strictObject({ ...commonShape, ...multipleShape }).superRefine(checkMultiple),
	z.strictObject({ ...commonShape, ...trueFalseShape }),
	z.strictObject({ ...commonShape, ...matchShape }).superRefine(checkMatch),
	z.strictObject({ ...commonShape, ...orderShape }).superRefine(checkOrder),
	z.strictObject({ ...commonShape, ...numericShape }).superRefine(checkNumeric),
	z.strictObject({ ...commonShape, ...shortTextShape }),
	z.strictObject({ ...commonShape, ...scenarioShape })
]);
export type QuizItem = z.infer<typeof quizItemSchema>;
export type ItemOfType<T extends ItemType> = Extract<QuizItem, { type: T }>;
export type QuestionOfType<T extends Question['type']> = Extract<Question, { type: T }>;

/** A module's `quiz.yaml`. */
export const quizFileSchema = z.strictObject({
	/** The items, in the order they are asked. */
	items: z.array(quizItemSchema).min(1, { error: 'give at least one item' })
});
export type QuizFile = z.infer<typeof quizFileSchema>;
