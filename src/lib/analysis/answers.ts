import {
	normaliseAnswer,
	parseResponse,
	questionOf,
	type ParsedResponse,
	type QuizItem
} from '../content';
import type { AnswerSummary, ChoiceRow, CommonAnswer, FirstAnswer, PartRow } from './types';

// How a group answered one item: per option for choice items, fully/partly right with a count per
// part for match and order, and the most common wrong answers for typed items.

/** How many wrong typed answers the page lists. */
export const COMMON_ANSWERS_SHOWN = 3;
/** Longer typed answers are shortened: the list is about patterns, not about one learner. */
const MAX_SHOWN_CHARS = 80;

type Parsed = { answer: FirstAnswer; parsed: ParsedResponse };

interface Sorted {
	valid: Parsed[];
	noAnswer: number;
	other: number;
}

function sortOut(item: QuizItem, answers: readonly FirstAnswer[]): Sorted {
	const valid: Parsed[] = [];
	let noAnswer = 0;
	let other = 0;
	for (const answer of answers) {
		if (answer.response === null) {
			noAnswer++;
			continue;
		}
		const parsed = parseResponse(item, answer.response);
		if (parsed.success) valid.push({ answer, parsed: parsed.data });
		else other++;
	}
	return { valid, noAnswer, other };
}

const sureButWrong = (a: FirstAnswer) => !a.correct && a.confidence === 'zeker';

function choiceRows(
	options: { id: string; text: string | null; correct: boolean; feedback: string }[],
	valid: Parsed[],
	chose: (p: ParsedResponse, id: string) => boolean
): ChoiceRow[] {
	return options.map((option) => {
		const choosers = valid.filter((v) => chose(v.parsed, option.id));
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

function graded(
	type: 'match' | 'order',
	sorted: Sorted,
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
	const sorted = sortOut(item, answers);
	const { valid, noAnswer, other } = sorted;
	const total = answers.length;
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const options = question.options.map((o) => ({ ...o, correct: o.correct === true }));
			const rows = choiceRows(options, valid, (p, id) =>
				p.type === 'single' ? p.response === id : p.type === 'multiple' && p.response.includes(id)
			);
			return { kind: 'choice', type: question.type, rows, noAnswer, other, total };
		}
		case 'true-false': {
			const options = [
				{ id: 'true', text: null, correct: question.answer, feedback: question.feedbackTrue },
				{ id: 'false', text: null, correct: !question.answer, feedback: question.feedbackFalse }
			];
			const rows = choiceRows(
				options,
				valid,
				(p, id) => p.type === 'true-false' && String(p.response) === id
			);
			return { kind: 'choice', type: 'true-false', rows, noAnswer, other, total };
		}
		case 'match': {
			const parts = question.pairs.map((pair) => ({
				id: pair.id,
				text: `${pair.left} → ${pair.right}`,
				right: valid.filter(
					(v) => v.parsed.type === 'match' && v.parsed.response[pair.id] === pair.id
				).length
			}));
			return graded('match', sorted, total, parts);
		}
		case 'order': {
			const parts = question.steps.map((step, index) => ({
				id: step.id,
				text: step.text,
				right: valid.filter(
					(v) => v.parsed.type === 'order' && v.parsed.response.indexOf(step.id) === index
				).length
			}));
			return graded('order', sorted, total, parts);
		}
		case 'numeric': {
			const wrong = valid.filter((v) => !v.answer.correct);
			const known = question.misconceptions ?? [];
			// Matched like the scoring matches them: within the item's tolerance.
			const isKnown = (value: number) =>
				known.some((m) => Math.abs(m.value - value) <= question.tolerance);
			const entries = wrong.flatMap(({ parsed }) =>
				parsed.type === 'numeric'
					? [
							{
								key: String(parsed.response),
								value: parsed.response,
								misconception: isKnown(parsed.response)
							}
						]
					: []
			);
			return typed('numeric', valid, wrong.length, sorted, total, mostCommon(entries));
		}
		case 'short-text': {
			const wrong = valid.filter((v) => !v.answer.correct);
			// Grouped as the scoring compares: case, accents and spaces do not matter.
			const entries = wrong.flatMap(({ parsed }) => {
				if (parsed.type !== 'short-text') return [];
				const key = normaliseAnswer(parsed.response);
				return key === '' ? [] : [{ key, value: shorten(parsed.response), misconception: false }];
			});
			const common = mostCommon(entries);
			return typed('short-text', valid, wrong.length, sorted, total, common);
		}
	}
}

function typed(
	type: 'numeric' | 'short-text',
	valid: Parsed[],
	wrong: number,
	sorted: Sorted,
	total: number,
	common: CommonAnswer[]
): AnswerSummary {
	return {
		kind: 'typed',
		type,
		right: valid.length - wrong,
		wrong,
		noAnswer: sorted.noAnswer,
		other: sorted.other,
		total,
		common
	};
}
