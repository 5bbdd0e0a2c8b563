import {
	MAX_TEXT_LENGTH,
	parseResponse,
	questionOf,
	type QuestionOfType,
	type QuizItem
} from '../../content';
import { parseDecimal } from '../../quiz/number';
import {
	CONFIDENCES,
	fieldNames,
	type Confidence,
	type FormValues,
	type QuizErrorCode,
	type QuizErrors
} from '../../quiz/types';
import { tokenMap, type TokenScope } from './tokens';

// Reads a submitted quiz form as untrusted input. An empty item is unanswered (it scores 0);
// input a learner can correct (a word where a number goes, two steps on one place) becomes a
// field error so the page can ask again with everything still filled in; nothing here throws.

export type Entries = ReadonlyMap<string, readonly string[]>;

const FIELD = /^q\d{1,3}(?:-confidence|-[rs]-[A-Za-z0-9_-]{1,32})?$/;
const MAX_ECHO = 2000;

/** String entries of a form, grouped by name; files and unknown names are dropped. */
export function formEntries(formData: FormData): Map<string, string[]> {
	const entries = new Map<string, string[]>();
	for (const [key, value] of formData) {
		if (typeof value !== 'string') continue;
		const list = entries.get(key) ?? [];
		list.push(value);
		entries.set(key, list);
	}
	return entries;
}

export interface ReadAnswer {
	item: QuizItem;
	number: number;
	/** A response valid for the item (see `parseResponse`), or null when left open. */
	response: unknown;
	confidence: Confidence | null;
}

export interface ReadResult {
	answers: ReadAnswer[];
	errors: QuizErrors;
	values: FormValues;
}

type Read = { response: unknown } | { error: QuizErrorCode };
const OPEN: Read = { response: null };

function first(entries: Entries, name: string): string {
	return (entries.get(name)?.[0] ?? '').trim();
}

/** Values under `q<n>-<tag>-<token>`, keyed by token. */
function tagged(entries: Entries, n: number, tag: 'r' | 's'): Map<string, string> {
	const prefix = `q${n}-${tag}-`;
	const found = new Map<string, string>();
	for (const [key, values] of entries) {
		if (key.startsWith(prefix)) found.set(key.slice(prefix.length), (values[0] ?? '').trim());
	}
	return found;
}

function readQuestion(entries: Entries, item: QuizItem, n: number, scope: TokenScope): Read {
	const q = questionOf(item);
	const name = fieldNames.answer(n);
	switch (q.type) {
		case 'single': {
			const value = first(entries, name);
			if (!value) return OPEN;
			const id = tokenMap(scope, item, 'option', q.options).get(value);
			return id ? { response: id } : { error: 'choice-unknown' };
		}
		case 'multiple': {
			const values = [...new Set((entries.get(name) ?? []).filter((v) => v !== ''))];
			if (values.length === 0) return OPEN;
			const map = tokenMap(scope, item, 'option', q.options);
			const ids = values.map((v) => map.get(v));
			if (ids.some((id) => id === undefined)) return { error: 'choice-unknown' };
			return { response: ids };
		}
		case 'true-false': {
			const value = first(entries, name);
			if (!value) return OPEN;
			if (value !== 'true' && value !== 'false') return { error: 'choice-unknown' };
			return { response: value === 'true' };
		}
		case 'match':
			return readMatch(entries, item, q, n, scope);
		case 'order':
			return readOrder(entries, item, q, n, scope);
		case 'numeric': {
			const value = first(entries, name);
			if (!value) return OPEN;
			const number = parseDecimal(value);
			return number === null ? { error: 'number' } : { response: number };
		}
		case 'short-text': {
			const value = first(entries, name);
			if (!value) return OPEN;
			return value.length > MAX_TEXT_LENGTH ? { error: 'too-long' } : { response: value };
		}
	}
}

type MatchQ = QuestionOfType<'match'>;
type OrderQ = QuestionOfType<'order'>;

function readMatch(entries: Entries, item: QuizItem, q: MatchQ, n: number, scope: TokenScope) {
	const rows = tokenMap(scope, item, 'row', q.pairs);
	const targets = tokenMap(scope, item, 'target', [...q.pairs, ...(q.distractors ?? [])]);
	const response: Record<string, string> = {};
	for (const [rowToken, targetToken] of tagged(entries, n, 'r')) {
		if (!targetToken) continue;
		const row = rows.get(rowToken);
		const target = targets.get(targetToken);
		if (!row || !target) return { error: 'choice-unknown' } satisfies Read;
		response[row] = target;
	}
	return Object.keys(response).length === 0 ? OPEN : { response };
}

function readOrder(entries: Entries, item: QuizItem, q: OrderQ, n: number, scope: TokenScope) {
	const steps = tokenMap(scope, item, 'step', q.steps);
	const given = tagged(entries, n, 's');
	const placed: { id: string; position: number }[] = [];
	let blanks = 0;
	for (const [token, id] of steps) {
		const value = given.get(token) ?? '';
		if (value === '') {
			blanks++;
			continue;
		}
		const position = Number(value);
		if (!Number.isInteger(position) || position < 1 || position > q.steps.length) {
			return { error: 'choice-unknown' } satisfies Read;
		}
		placed.push({ id, position });
	}
	if (placed.length === 0) return OPEN;
	if (blanks > 0) return { error: 'order-incomplete' } satisfies Read;
	if (new Set(placed.map((p) => p.position)).size !== placed.length) {
		return { error: 'order-duplicate' } satisfies Read;
	}
	return { response: placed.sort((a, b) => a.position - b.position).map((p) => p.id) };
}

function readConfidence(entries: Entries, n: number): Confidence | null {
	const value = first(entries, fieldNames.confidence(n));
	return CONFIDENCES.find((c) => c === value) ?? null;
}

/** What the learner typed, for the page to show again after a validation failure. */
export function echoValues(entries: Entries): FormValues {
	const values: FormValues = {};
	for (const [key, list] of entries) {
		if (FIELD.test(key)) values[key] = list.slice(0, 16).map((v) => v.slice(0, MAX_ECHO));
	}
	return values;
}

export interface Asked {
	item: QuizItem;
	/** 1-based position on the page: the form's fields are named after it. */
	number: number;
	/** The scope the page's tokens were made in. */
	scope: TokenScope;
}

/** Reads every asked item's answer. */
export function readAnswers(entries: Entries, asked: readonly Asked[]): ReadResult {
	const answers: ReadAnswer[] = [];
	const errors: QuizErrors = {};
	for (const { item, number, scope } of asked) {
		const read = readQuestion(entries, item, number, scope);
		const confidence = readConfidence(entries, number);
		if ('error' in read) {
			errors[fieldNames.answer(number)] = read.error;
			continue;
		}
		if (read.response !== null && !parseResponse(item, read.response).success) {
			errors[fieldNames.answer(number)] = 'invalid';
			continue;
		}
		answers.push({ item, number, response: read.response, confidence });
	}
	return { answers, errors, values: Object.keys(errors).length > 0 ? echoValues(entries) : {} };
}
