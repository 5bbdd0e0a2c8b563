import { questionOf, type QuizItem } from '$lib/content';
import { fieldNames } from '$lib/quiz/types';
import { partToken, type TokenScope } from '../../../src/lib/server/quiz/tokens';

// Builds the form entries a learner's browser would send for the right (or a wrong) answer.

type Entries = Map<string, string[]>;

export function rightAnswer(entries: Entries, item: QuizItem, n: number, scope: TokenScope) {
	const q = questionOf(item);
	const name = fieldNames.answer(n);
	switch (q.type) {
		case 'single':
		case 'multiple':
			entries.set(
				name,
				q.options
					.filter((o) => o.correct === true)
					.map((o) => partToken(scope, item, 'option', o.id))
			);
			break;
		case 'true-false':
			entries.set(name, [String(q.answer)]);
			break;
		case 'match':
			for (const pair of q.pairs) {
				const row = partToken(scope, item, 'row', pair.id);
				entries.set(fieldNames.matchRow(n, row), [partToken(scope, item, 'target', pair.id)]);
			}
			break;
		case 'order':
			q.steps.forEach((step, index) => {
				const token = partToken(scope, item, 'step', step.id);
				entries.set(fieldNames.orderStep(n, token), [String(index + 1)]);
			});
			break;
		case 'numeric':
			entries.set(name, [String(q.answer).replace('.', ',')]);
			break;
		case 'short-text':
			entries.set(name, [q.accepted[0] ?? '']);
			break;
	}
	return entries;
}

/** A wrong answer where one exists as a choice; typed answers get an absurd value. */
export function wrongAnswer(entries: Entries, item: QuizItem, n: number, scope: TokenScope) {
	const q = questionOf(item);
	const name = fieldNames.answer(n);
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const wrong = q.options.find((o) => o.correct !== true) ?? q.options[0];
			entries.set(name, wrong ? [partToken(scope, item, 'option', wrong.id)] : []);
			break;
		}
		case 'true-false':
			entries.set(name, [String(!q.answer)]);
			break;
		case 'match':
			q.pairs.forEach((pair, index) => {
				const other = q.pairs[(index + 1) % q.pairs.length] ?? pair;
				const row = partToken(scope, item, 'row', pair.id);
				entries.set(fieldNames.matchRow(n, row), [partToken(scope, item, 'target', other.id)]);
			});
			break;
		case 'order':
			q.steps.forEach((step, index) => {
				const token = partToken(scope, item, 'step', step.id);
				entries.set(fieldNames.orderStep(n, token), [String(q.steps.length - index)]);
			});
			break;
		case 'numeric':
			entries.set(name, [String(q.answer + q.tolerance + 1000)]);
			break;
		case 'short-text':
			entries.set(name, ['zeker niet goed']);
			break;
	}
	return entries;
}
