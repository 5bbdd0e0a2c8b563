import { z } from 'zod';
import type { Question } from '../schema/quiz';
import type { MatchResponse } from './match';
import type * as Q from './types';

// Zod schemas for an untrusted response, built per question because the valid ids depend on it.
// Callers use `safeParse`, so bad input becomes a message, never an exception.

/** Longest short-text answer accepted; far above any sensible answer, it bounds the work done. */
export const MAX_TEXT_LENGTH = 500;

const known = (ids: Iterable<string>) => {
	const set = new Set(ids);
	return (id: string) => set.has(id);
};

export function singleResponseSchema(question: Q.SingleQuestion) {
	const isOption = known(question.options.map((o) => o.id));
	return z.string().refine(isOption, { error: 'unknown option id' });
}

export function multipleResponseSchema(question: Q.MultipleQuestion) {
	const isOption = known(question.options.map((o) => o.id));
	return z
		.array(z.string().refine(isOption, { error: 'unknown option id' }))
		.max(question.options.length, { error: 'more choices than options' })
		.refine((ids) => new Set(ids).size === ids.length, { error: 'an option is chosen twice' });
}

export const trueFalseResponseSchema = z.boolean();

export function matchResponseSchema(question: Q.MatchQuestion) {
	const isPair = known(question.pairs.map((p) => p.id));
	const isRight = known([...question.pairs, ...(question.distractors ?? [])].map((r) => r.id));
	// A partial record: pairs the learner left open are simply absent and score as wrong.
	return z.record(
		z.string().refine(isPair, { error: 'unknown pair id' }),
		z.string().refine(isRight, { error: 'unknown right-hand id' })
	);
}

export function orderResponseSchema(question: Q.OrderQuestion) {
	const ids = question.steps.map((s) => s.id);
	const isStep = known(ids);
	return z
		.array(z.string().refine(isStep, { error: 'unknown step id' }))
		.length(ids.length, { error: 'list every step exactly once' })
		.refine((list) => new Set(list).size === list.length, { error: 'a step is listed twice' });
}

/** Finite numbers only: zod 4 rejects NaN and ±Infinity for `z.number()`. */
export const numericResponseSchema = z.number();

export const shortTextResponseSchema = z
	.string()
	.max(MAX_TEXT_LENGTH, { error: 'answer too long' });

/** A validated response together with the question it answers, discriminated by `type`. */
export type ParsedResponse =
	| { type: 'single'; question: Q.SingleQuestion; response: string }
	| { type: 'multiple'; question: Q.MultipleQuestion; response: string[] }
	| { type: 'true-false'; question: Q.TrueFalseQuestion; response: boolean }
	| { type: 'match'; question: Q.MatchQuestion; response: MatchResponse }
	| { type: 'order'; question: Q.OrderQuestion; response: string[] }
	| { type: 'numeric'; question: Q.NumericQuestion; response: number }
	| { type: 'short-text'; question: Q.ShortTextQuestion; response: string };

export type ResponseResult =
	{ success: true; data: ParsedResponse } | { success: false; error: string };

function result<T>(
	parsed: z.ZodSafeParseResult<T>,
	wrap: (response: T) => ParsedResponse
): ResponseResult {
	if (parsed.success) return { success: true, data: wrap(parsed.data) };
	return { success: false, error: parsed.error.issues.map((issue) => issue.message).join('; ') };
}

// Building a schema costs far more than using it, and a quiz submission parses ten responses:
// each question's schema is built once per process (content does not change while it runs).
const built = new WeakMap<Question, z.ZodType>();

function schemaFor<T extends z.ZodType>(question: Question, make: () => T): T {
	let schema = built.get(question) as T | undefined;
	if (!schema) {
		schema = make();
		built.set(question, schema);
	}
	return schema;
}

/** Validates an untrusted response to a question (a scenario's inner question included). */
export function parseQuestionResponse(question: Question, raw: unknown): ResponseResult {
	switch (question.type) {
		case 'single':
			return result(
				schemaFor(question, () => singleResponseSchema(question)).safeParse(raw),
				(response) => ({
					type: 'single',
					question,
					response
				})
			);
		case 'multiple':
			return result(
				schemaFor(question, () => multipleResponseSchema(question)).safeParse(raw),
				(response) => ({
					type: 'multiple',
					question,
					response
				})
			);
		case 'true-false':
			return result(trueFalseResponseSchema.safeParse(raw), (response) => ({
				type: 'true-false',
				question,
				response
			}));
		case 'match':
			return result(
				schemaFor(question, () => matchResponseSchema(question)).safeParse(raw),
				(response) => ({
					type: 'match',
					question,
					response
				})
			);
		case 'order':
			return result(
				schemaFor(question, () => orderResponseSchema(question)).safeParse(raw),
				(response) => ({
					type: 'order',
					question,
					response
				})
			);
		case 'numeric':
			return result(numericResponseSchema.safeParse(raw), (response) => ({
				type: 'numeric',
				question,
				response
			}));
		case 'short-text':
			return result(shortTextResponseSchema.safeParse(raw), (response) => ({
				type: 'short-text',
				question,
				response
			}));
	}
}
