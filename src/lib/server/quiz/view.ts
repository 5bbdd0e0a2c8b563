import { MAX_TEXT_LENGTH, questionOf, type QuizItem } from '../../content';
import type { Choice, ItemView, QuestionView } from '../../quiz/types';
import { tokenise, type TokenScope } from './tokens';

// The browser's view of an item: prompt and option texts only. Built field by field (never by
// spreading the item), so an answer key or feedback text cannot slip through a new field.

function choices(pairs: { token: string; text: string }[]): Choice[] {
	return pairs.map(({ token, text }) => ({ value: token, text }));
}

/** A scenario's case as paragraphs: the case is short Markdown prose, shown as plain text. */
export function caseParagraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter((p) => p.length > 0);
}

export function questionView(item: QuizItem, scope: TokenScope): QuestionView {
	const q = questionOf(item);
	switch (q.type) {
		case 'single':
		case 'multiple':
			return {
				kind: q.type,
				prompt: q.prompt,
				options: choices(
					tokenise(scope, item, 'option', q.options).map(({ token, part }) => ({
						token,
						text: part.text
					}))
				)
			};
		case 'true-false':
			return { kind: 'true-false', prompt: q.prompt };
		case 'match': {
			const rows = q.pairs.map((pair) => ({ id: pair.id, text: pair.left }));
			const targets = [
				...q.pairs.map((pair) => ({ id: pair.id, text: pair.right })),
				...(q.distractors ?? []).map((d) => ({ id: d.id, text: d.text }))
			];
			const rowTokens = new Map(
				tokenise(scope, item, 'row', rows).map(({ token, part }) => [part.id, token])
			);
			return {
				kind: 'match',
				prompt: q.prompt,
				rows: rows.map((row) => ({ value: rowTokens.get(row.id) ?? '', text: row.text })),
				targets: choices(
					tokenise(scope, item, 'target', targets).map(({ token, part }) => ({
						token,
						text: part.text
					}))
				)
			};
		}
		case 'order':
			return {
				kind: 'order',
				prompt: q.prompt,
				steps: choices(
					tokenise(scope, item, 'step', q.steps).map(({ token, part }) => ({
						token,
						text: part.text
					}))
				)
			};
		case 'numeric':
			return { kind: 'numeric', prompt: q.prompt, unit: q.unit ?? null };
		case 'short-text':
			return { kind: 'short-text', prompt: q.prompt, maxLength: MAX_TEXT_LENGTH };
	}
}

export function itemView(item: QuizItem, number: number, scope: TokenScope): ItemView {
	return {
		id: item.id,
		number,
		caseText: item.type === 'scenario' ? caseParagraphs(item.case) : null,
		question: questionView(item, scope)
	};
}
