import { describe, expect, it } from 'vitest';
import { questionOf, type QuizItem } from '$lib/content';
import { getCourse } from '$lib/server/content';
import { attemptScope, partToken, reviewScope } from '../../../src/lib/server/quiz/tokens';
import { itemView } from '../../../src/lib/server/quiz/view';

// The browser's view of an item must carry no answer key and no feedback (trust.md).

/** Every text that only a submitted learner may see. */
function secretsOf(item: QuizItem): string[] {
	const q = questionOf(item);
	const texts = [item.explanation];
	if (q.type === 'single' || q.type === 'multiple') texts.push(...q.options.map((o) => o.feedback));
	if (q.type === 'true-false') texts.push(q.feedbackTrue, q.feedbackFalse);
	if (q.type === 'match') {
		texts.push(...q.pairs.map((p) => p.feedback), ...(q.distractors ?? []).map((d) => d.feedback));
	}
	if (q.type === 'order') texts.push(...q.steps.map((s) => s.feedback));
	if (q.type === 'numeric' || q.type === 'short-text')
		texts.push(q.feedbackCorrect, q.feedbackIncorrect);
	if (q.type === 'numeric') texts.push(...(q.misconceptions ?? []).map((m) => m.feedback));
	return texts;
}

const items = getCourse().modules.flatMap((m) => m.items);

describe('itemView', () => {
	it('covers every item type of the real course', () => {
		expect(new Set(items.map((i) => i.type)).size).toBe(8);
	});

	it('holds no feedback, no explanation, no correct flag and no answer for any real item', () => {
		for (const item of items) {
			const json = JSON.stringify(itemView(item, 1, attemptScope('attempt1')));
			for (const secret of secretsOf(item)) expect(json, item.id).not.toContain(secret);
			expect(json, item.id).not.toMatch(/"(correct|answer|accepted|feedback\w*|explanation)"/);
		}
	});

	it('never uses content ids as form values, so a pair id cannot point at its right text', () => {
		for (const item of items) {
			const view = itemView(item, 1, attemptScope('attempt1')).question;
			const values =
				view.kind === 'single' || view.kind === 'multiple'
					? view.options.map((o) => o.value)
					: view.kind === 'match'
						? [...view.rows, ...view.targets].map((o) => o.value)
						: view.kind === 'order'
							? view.steps.map((s) => s.value)
							: [];
			const q = questionOf(item);
			const ids = new Set(
				q.type === 'single' || q.type === 'multiple'
					? q.options.map((o) => o.id)
					: q.type === 'match'
						? q.pairs.map((p) => p.id)
						: q.type === 'order'
							? q.steps.map((s) => s.id)
							: []
			);
			for (const value of values) expect(ids.has(value), item.id).toBe(false);
			expect(new Set(values).size).toBe(values.length);
		}
	});

	it('shuffles per attempt, deterministically', () => {
		const item = items.find((i) => i.type === 'order');
		if (!item) throw new Error('no order item');
		const texts = (id: string) => {
			const v = itemView(item, 1, attemptScope(id)).question;
			return v.kind === 'order' ? v.steps.map((s) => s.text) : [];
		};
		expect(texts('one')).toEqual(texts('one'));
		const orders = new Set(
			['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => texts(id).join('|'))
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	it('gives different tokens per attempt, per review round, and per part kind', () => {
		const item = items.find((i) => i.type === 'match');
		if (!item || item.type !== 'match') throw new Error('no match item');
		const pair = item.pairs[0]!.id;
		const one = attemptScope('one');
		expect(partToken(one, item, 'row', pair)).not.toBe(partToken(one, item, 'target', pair));
		expect(partToken(one, item, 'row', pair)).not.toBe(
			partToken(attemptScope('two'), item, 'row', pair)
		);
		const round = (t: string) => reviewScope('user1', new Date(t));
		expect(partToken(round('2026-01-01T00:00:00Z'), item, 'row', pair)).not.toBe(
			partToken(round('2026-01-02T00:00:00Z'), item, 'row', pair)
		);
	});

	it('shows a scenario case as paragraphs before its inner question', () => {
		const scenario = items.find((i) => i.type === 'scenario');
		if (!scenario || scenario.type !== 'scenario') throw new Error('no scenario');
		const view = itemView(scenario, 3, attemptScope('x'));
		expect(view.caseText?.join(' ')).toBe(scenario.case.replace(/\s+/g, ' ').trim());
		expect(view.question.prompt).toBe(scenario.question.prompt);
		expect(view.number).toBe(3);
	});
});
