import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuizItem } from '$lib/content';
import { itemOfType } from './builders';
import { Fixture, issue, quizItems } from './fixture';

let fixture: Fixture;
beforeEach(() => {
	fixture = new Fixture();
});
afterEach(() => fixture.cleanup());

const QUIZ = '01-alpha/quiz.yaml';

describe('loader: quiz rules per module and audience', () => {
	it('wants at least 8 items per audience', () => {
		fixture.writeQuiz('01-alpha', quizItems('alpha', ['deel-2']).slice(0, 7));
		const errors = fixture.errors();
		expect(errors).toContainEqual(issue(QUIZ, 1, 'items', 'leraar: 7 items; at least 8 needed'));
		expect(errors).toContainEqual(
			issue(QUIZ, 1, 'items', 'ondersteuner: 7 items; at least 8 needed')
		);
	});

	it('counts items per audience', () => {
		const items = quizItems('alpha', ['deel-2']).map((item, i) =>
			i < 30 ? { ...item, audiences: ['leraar' as const] } : item
		);
		fixture.writeQuiz('01-alpha', items);
		expect(fixture.errors()).toEqual([
			issue(QUIZ, 1, 'items', 'ondersteuner: 6 items; at least 8 needed')
		]);
	});

	it('wants at least four item types per audience', () => {
		const items = quizItems('alpha', ['deel-2']).filter((item) =>
			['single', 'multiple', 'match'].includes(item.type)
		);
		fixture.writeQuiz('01-alpha', items);
		expect(fixture.errors()).toContainEqual(
			issue(QUIZ, 1, 'items', 'leraar: 3 item types (single, multiple, match); at least 4 needed')
		);
	});

	it('wants a third of the items at level apply', () => {
		const items = quizItems('alpha', ['deel-2']).map(
			(item, i) => ({ ...item, level: i < 11 ? 'apply' : 'understand' }) as QuizItem
		);
		fixture.writeQuiz('01-alpha', items);
		expect(fixture.errors()).toContainEqual(
			issue(QUIZ, 1, 'items', 'leraar: 11 of 36 items at level apply; at least 12 needed')
		);
	});

	it('accepts exactly a third at level apply', () => {
		const items = quizItems('alpha', ['deel-2']).map(
			(item, i) => ({ ...item, level: i < 12 ? 'apply' : 'understand' }) as QuizItem
		);
		fixture.writeQuiz('01-alpha', items);
		fixture.edit('02-beta/module.md', (text) => text.replace('passMark: 70', 'passMark: 7'));
		expect(fixture.errors()).toEqual([
			issue(
				'02-beta/module.md',
				fixture.lineOf('02-beta/module.md', 'passMark'),
				'passMark',
				'at least 50'
			)
		]);
	});
});

describe('loader: course-wide rules', () => {
	it('wants at least 70 items in the course', () => {
		fixture.writeQuiz('02-beta', quizItems('beta', ['deel-3']).slice(0, 30));
		expect(fixture.errors()).toEqual([
			issue('tracks.yaml', 1, 'course', 'the course has 66 quiz items; at least 70 needed')
		]);
	});

	it('wants every item type used', () => {
		const without = (slug: string, cited: string) =>
			quizItems(slug, [cited]).map((item) =>
				item.type === 'order'
					? { ...itemOfType('single', item.id), level: item.level, passages: item.passages }
					: item
			);
		fixture.writeQuiz('01-alpha', without('alpha', 'deel-2'));
		fixture.writeQuiz('02-beta', without('beta', 'deel-3'));
		expect(fixture.errors()).toEqual([
			issue('tracks.yaml', 1, 'course', 'item types not used in any module: order')
		]);
	});
});
