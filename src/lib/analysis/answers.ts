import type { z } from 'zod';
import {
	matchResponseSchema,
	multipleResponseSchema,
	normaliseAnswer,
	numericResponseSchema,
	orderResponseSchema,
	questionOf,
	shortTextResponseSchema,
	singleResponseSchema,
	trueFalseResponseSchema,
	type QuizItem
} from '../content';
import type { AnswerSummary, ChoiceRow, CommonAnswer, FirstAnswer, PartRow } from './types';

// How a group answered one item: per option for choice items, fully/partly right with a count per
// part for match and order, and the most common wrong answers for typed items.

/** How many wrong typed answers the page lists. */
export const COMMON_ANSWERS_SHOWN = 3;
/** Longer typed answers are shortened: the list is about patterns, not about one learner. */
const MAX_SHOWN_CHARS = 80;

type Valid<T> = { answer: FirstAnswer; value: T };

interface Sorted<T> {
	valid: Valid<T>[];
	noAnswer: number;
	other: number;
}

/**
 * Splits answers into readable ones, left open, and ones that no longer fit the item. The
 * response schema is built once per item: building it per answer made 5,000 answers take
 * seconds.
 */
function sortOut<T>(answers: readonly FirstAnswer[], schema: z.ZodType<T>): Sorted<T> {
	const valid: Valid<T>[] = [];
	let noAnswer = 0;
	let other = 0;
	for (const answer of answers) {
		if (answer.response === null) {
			noAnswer++;
			continue;
		}
		const parsed = schema.safeParse(answer.response);
		if (parsed.success) valid.push({ answer, value: parsed.data });
		else other++;
	}
	return { valid, noAnswer, other };
}

const sureButWrong = (a: FirstAnswer) => !a.correct && a.confidence === 'zeker';

function choiceRows<T>(
	options: { id: string; text: string | null; correct: boolean; feedback: string }[],
	valid: Valid<T>[],
	chose: (value: T, id: string) => boolean
): ChoiceRow[] {
	return options.map((option) => {
		const choosers = valid.filter((v) => chose(v.value, option.id));
		return {
			id: option.id,
			text: option.text,
			correct: option.correct,
			count: choosers.length,
			confidentWrong: choosers.filter((v) => sureButWrong(v.answer)).length,
			feedback: option.feedback
		};
	});
}

function shorten(text: string): string {
	const trimmed = text.trim().replace(/\s+/g, ' ');
	return trimmed.length > MAX_SHOWN_CHARS ? `${trimmed.slice(0, MAX_SHOWN_CHARS - 1)}…` : trimmed;
}

type Entry = { key: string; value: number | string; misconception: boolean };

/**
 * Groups wrong answers by key; the most frequent first. Ties: numbers from small to large, texts
 * in the order first given.
 */
function mostCommon(entries: Entry[]): CommonAnswer[] {
	const groups = new Map<string, CommonAnswer & { order: number }>();
	for (const entry of entries) {
		const found = groups.get(entry.key);
		if (found) found.count++;
		else groups.set(entry.key, { ...entry, count: 1, order: groups.size });
	}
	const tie = (a: CommonAnswer & { order: number }, b: CommonAnswer & { order: number }) =>
		typeof a.value === 'number' && typeof b.value === 'number'
			? a.value - b.value
			: a.order - b.order;
	return [...groups.values()]
		.sort((a, b) => b.count - a.count || tie(a, b))
		.slice(0, COMMON_ANSWERS_SHOWN)
		.map(({ value, count, misconception }) => ({ value, count, misconception }));
}

function graded<T>(
	type: 'match' | 'order',
	sorted: Sorted<T>,
	total: number,
	parts: PartRow[]
): AnswerSummary {
	const scores = sorted.valid.map((v) => v.answer);
	return {
		kind: 'graded',
		type,
		fully: scores.filter((a) => a.correct).length,
		partly: scores.filter((a) => !a.correct && a.score > 0).length,
		wrong: scores.filter((a) => !a.correct && a.score <= 0).length,
		noAnswer: sorted.noAnswer,
		other: sorted.other,
		total,
		parts
	};
}

/** The summary of an item's answers; `answers` are the first-attempt answers to this item. */
export function summariseAnswers(item: QuizItem, answers: readonly FirstAnswer[]): AnswerSummary {
	const question = questionOf(item);
	const total = answers.length;
	switch (question.type) {
		case 'single': {
			const { valid, noAnswer, other } = sortOut(answers, singleResponseSchema(question));
			const options = question.options.map((o) => ({ ...o, correct: o.correct === true }));
			const rows = choiceRows(options, valid, (value, id) => value === id);
			return { kind: 'choice', type: 'single', rows, noAnswer, other, total };
		}
		case 'multiple': {
			const { valid, noAnswer, other } = sortOut(answers, multipleResponseSchema(question));
			const options = question.options.map((o) => ({ ...o, correct: o.correct === true }));
			const rows = choiceRows(options, valid, (value, id) => value.includes(id));
			return { kind: 'choice', type: 'multiple', rows, noAnswer, other, total };
		}
		case 'true-false': {
			const { valid, noAnswer, other } = sortOut(answers, trueFalseResponseSchema);
			const options = [
				{ id: 'true', text: null, correct: question.answer, feedback: question.feedbackTrue },
				{ id: 'false', text: null, correct: !question.answer, feedback: question.feedbackFalse }
			];
			const rows = choiceRows(options, valid, (value, id) => String(value) === id);
			return { kind: 'choice', type: 'true-false', rows, noAnswer, other, total };
		}
		case 'match': {
			const sorted = sortOut(answers, matchResponseSchema(question));
			const parts = question.pairs.map((pair) => ({
				id: pair.id,
				text: `${pair.left} → ${pair.right}`,
				right: sorted.valid.filter((v) => v.value[pair.id] === pair.id).length
			}));
			return graded('match', sorted, total, parts);
		}
		case 'order': {
			const sorted = sortOut(answers, orderResponseSchema(question));
			const parts = question.steps.map((step, index) => ({
				id: step.id,
				text: step.text,
				right: sorted.valid.filter((v) => v.value.indexOf(step.id) === index).length
			}));
			return graded('order', sorted, total, parts);
		}
		case 'numeric': {
			const sorted = sortOut(answers, numericResponseSchema);
			const wrong = sorted.valid.filter((v) => !v.answer.correct);
			const known = question.misconceptions ?? [];
			// Matched like the scoring matches them: within the item's tolerance.
			const isKnown = (value: number) =>
				known.some((m) => Math.abs(m.value - value) <= question.tolerance);
			const entries = wrong.map(({ value }) => ({
				key: String(value),
				value,
				misconception: isKnown(value)
			}));
			return typed('numeric', sorted, wrong.length, total, mostCommon(entries));
		}
		case 'short-text': {
			const sorted = sortOut(answers, shortTextResponseSchema);
			const wrong = sorted.valid.filter((v) => !v.answer.correct);
			// Grouped as the scoring compares: case, accents and spaces do not matter.
			const entries = wrong.flatMap(({ value }) => {
				const key = normaliseAnswer(value);
				return key === '' ? [] : [{ key, value: shorten(value), misconception: false }];
			});
			return typed('short-text', sorted, wrong.length, total, mostCommon(entries));
		}
	}
}

function typed<T>(
	type: 'numeric' | 'short-text',
	sorted: Sorted<T>,
	wrong: number,
	total: number,
	common: CommonAnswer[]
): AnswerSummary {
	return {
		kind: 'typed',
		type,
		right: sorted.valid.length - wrong,
		wrong,
		noAnswer: sorted.noAnswer,
		other: sorted.other,
		total,
		common
	};
}
