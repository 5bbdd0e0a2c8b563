import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuizItem } from '$lib/content';
import { Fixture, issue, quizItems } from './fixture';

let fixture: Fixture;
beforeEach(() => {
	fixture = new Fixture();
});
afterEach(() => fixture.cleanup());

const QUIZ = '01-alpha/quiz.yaml';

/** Rewrites alpha's quiz with one item changed (items[0] is single, [1] multiple, … [7] scenario). */
function changeItem(index: number, change: (item: QuizItem) => object): void {
	const items = quizItems('alpha', ['deel-2']);
	fixture.writeQuiz(
		'01-alpha',
		items.map((item, i) => (i === index ? change(item) : item)) as QuizItem[]
	);
}

describe('loader: quiz answer keys', () => {
	it('reports a single item with no correct option at its options line', () => {
		changeItem(0, (item) => ({
			...item,
			options: 'options' in item ? item.options.map((o) => ({ ...o, correct: false })) : []
		}));
		expect(fixture.errors()).toEqual([
			issue(
				QUIZ,
				fixture.lineOf(QUIZ, 'options:'),
				'items[0].options',
				'exactly one option `correct: true` (found 0)'
			)
		]);
	});

	it('reports a single item with two correct options', () => {
		changeItem(0, (item) => ({
			...item,
			options: 'options' in item ? item.options.map((o) => ({ ...o, correct: true })) : []
		}));
		expect(fixture.errors()[0]).toEqual(
			issue(QUIZ, fixture.lineOf(QUIZ, 'options:'), 'items[0].options', '(found 3)')
		);
	});

	it('reports a distractor id that collides with a pair id at the distractor id line', () => {
		changeItem(3, (item) => ({
			...item,
			distractors: [{ id: 'q', text: 'Extra', feedback: 'Nee.' }]
		}));
		const line = fixture.lineOf(QUIZ, '- id: q', 2);
		expect(fixture.errors()).toEqual([
			issue(QUIZ, line, 'items[3].distractors[0].id', 'also a pair id')
		]);
	});

	it('reports duplicate step ids of an order item', () => {
		changeItem(4, (item) => ({
			...item,
			steps: 'steps' in item ? item.steps.map((s) => ({ ...s, id: 's1' })) : []
		}));
		const line = fixture.lineOf(QUIZ, '- id: s1', 2);
		expect(fixture.errors()[0]).toEqual(
			issue(QUIZ, line, 'items[4].steps[1].id', 'id `s1` is used twice')
		);
	});

	it('reports a negative numeric tolerance at its line', () => {
		changeItem(5, (item) => ({ ...item, tolerance: -1, misconceptions: [] }));
		expect(fixture.errors()).toEqual([
			issue(QUIZ, fixture.lineOf(QUIZ, 'tolerance: -1'), 'items[5].tolerance', 'must be 0 or more')
		]);
	});

	it('reports missing feedback at the option that lacks it', () => {
		changeItem(0, (item) => ({
			...item,
			options:
				'options' in item
					? item.options.map(({ feedback, ...o }) => (o.id === 'b' ? o : { ...o, feedback }))
					: []
		}));
		const line = fixture.lineOf(QUIZ, '- id: b');
		expect(fixture.errors()).toEqual([
			issue(QUIZ, line, 'items[0].options[1].feedback', 'is required')
		]);
	});

	it('reports an unknown field at its own line', () => {
		changeItem(2, (item) => ({ ...item, hint: 'Denk na.' }));
		expect(fixture.errors()).toEqual([
			issue(QUIZ, fixture.lineOf(QUIZ, 'hint:'), 'items[2].hint', 'unknown field')
		]);
	});

	it('reports an unknown type', () => {
		changeItem(2, (item) => ({ ...item, type: 'essay' }));
		expect(fixture.errors()).toEqual([
			issue(QUIZ, fixture.lineOf(QUIZ, 'type: essay'), 'items[2].type', 'must be one of `single`')
		]);
	});

	it('reports a YAML syntax error with its line', () => {
		fixture.edit(QUIZ, (text) =>
			text.replace('prompt: Welke is juist?', 'prompt: [Welke is juist?')
		);
		const errors = fixture.errors();
		expect(errors[0]).toMatchObject({
			file: `modules/${QUIZ}`,
			field: '-',
			message: expect.stringContaining('YAML')
		});
		expect(errors[0]?.line).toBeGreaterThanOrEqual(fixture.lineOf(QUIZ, '[Welke'));
	});
});

describe('loader: item ids', () => {
	it('reports an id that does not follow <module slug>-NN', () => {
		changeItem(1, (item) => ({ ...item, id: 'beta-99' }));
		expect(fixture.errors()).toEqual([
			issue(QUIZ, fixture.lineOf(QUIZ, 'id: beta-99'), 'id', 'must be `alpha-NN`')
		]);
	});

	it('reports a duplicate item id with the first place it was used', () => {
		changeItem(1, (item) => ({ ...item, id: 'alpha-01' }));
		const first = fixture.lineOf(QUIZ, 'id: alpha-01');
		const second = fixture.lineOf(QUIZ, 'id: alpha-01', 2);
		expect(fixture.errors()).toEqual([
			issue(QUIZ, second, 'id', `also used at modules/${QUIZ}:${first}`)
		]);
	});

	it('reports an item audience the module does not have', () => {
		fixture.edit('01-alpha/module.md', (text) => text.replace('  - ondersteuner\n', ''));
		fixture.edit('tracks.yaml', (text) =>
			text.replace(
				/modules:\n {6}- alpha\n {6}- beta\n(?![\s\S]*modules:)/,
				'modules:\n      - beta\n'
			)
		);
		fixture.remove('01-alpha/reflectie-ondersteuner.yaml');
		changeItem(1, (item) => ({ ...item, audiences: ['ondersteuner'] }));
		expect(fixture.errors()).toContainEqual(
			issue(
				QUIZ,
				fixture.lineOf(QUIZ, 'audiences:'),
				'audiences',
				"not in the module's audiences: ondersteuner"
			)
		);
	});
});
