import { describe, expect, it } from 'vitest';
import { ITEM_TYPES, quizItemSchema } from '$lib/content';
import { itemOfType, match, multiple, numeric, order, scenario, single } from './builders';

/** The messages of a failed parse, each prefixed by its path, for compact assertions. */
function problems(value: unknown): string[] {
	const result = quizItemSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('quizItemSchema', () => {
	it.each(ITEM_TYPES)('accepts a valid %s item', (type) => {
		expect(problems(itemOfType(type, 'm-01'))).toEqual([]);
	});

	it('rejects single with no correct option', () => {
		const options = single().options.map((o) => ({ ...o, correct: false }));
		expect(problems(single({ options }))).toEqual([
			'options: mark exactly one option `correct: true` (found 0)'
		]);
	});

	it('rejects single with two correct options', () => {
		const options = single().options.map((o) => ({ ...o, correct: true }));
		expect(problems(single({ options }))).toEqual([
			'options: mark exactly one option `correct: true` (found 3)'
		]);
	});

	it('rejects multiple with no correct option', () => {
		const options = multiple().options.map((o) => ({ ...o, correct: false }));
		expect(problems(multiple({ options }))).toEqual([
			'options: mark at least one option `correct: true`'
		]);
	});

	it('rejects duplicate option ids', () => {
		const options = single().options.map((o) => ({ ...o, id: o.id === 'c' ? 'b' : o.id }));
		expect(problems(single({ options }))).toEqual(['options.2.id: id `b` is used twice']);
	});

	it('rejects a distractor id that is also a pair id', () => {
		const distractors = [{ id: 'q', text: 'X', feedback: 'Nee.' }];
		expect(problems(match({ distractors }))).toEqual([
			'distractors.0.id: id `q` is also a pair id; right-hand ids must be unique'
		]);
	});

	it('rejects duplicate step ids', () => {
		const steps = order().steps.map((s, i) => ({ ...s, id: i === 3 ? 's1' : s.id }));
		expect(problems(order({ steps }))).toEqual(['steps.3.id: id `s1` is used twice']);
	});

	it('rejects a negative tolerance', () => {
		expect(problems(numeric({ tolerance: -1, misconceptions: [] }))).toEqual([
			'tolerance: must be 0 or more'
		]);
	});

	it('rejects a misconception that would be scored right', () => {
		expect(problems(numeric({ misconceptions: [{ value: 51, feedback: 'x' }] }))).toEqual([
			'misconceptions.0.value: lies within the tolerance of the answer, so it would be scored right'
		]);
	});

	it('requires feedback on every option', () => {
		const options = single().options.map(({ feedback: _, ...rest }) => rest);
		expect(problems(single({ options } as never))).toHaveLength(3);
	});

	it('rejects blank feedback', () => {
		const options = single().options.map((o, i) => (i === 0 ? { ...o, feedback: '  ' } : o));
		expect(problems(single({ options }))).toEqual(['options.0.feedback: must not be empty']);
	});

	it('enforces option counts per type', () => {
		expect(problems(single({ options: single().options.slice(0, 1) }))[0]).toContain('at least 2');
		expect(problems(multiple({ options: multiple().options.slice(0, 2) }))[0]).toContain(
			'at least 3'
		);
	});

	it('rejects unknown fields', () => {
		expect(problems({ ...single(), hint: 'x' })).toEqual([': Unrecognized key: "hint"']);
	});

	it('rejects an unknown type', () => {
		expect(problems({ ...single(), type: 'essay' })[0]).toMatch(/^type: /);
	});

	it('rejects a scenario whose question carries item fields', () => {
		const item = scenario();
		expect(problems({ ...item, question: { ...item.question, id: 'x' } })[0]).toContain('question');
	});

	it('checks the answer key of a scenario question', () => {
		const item = scenario();
		const question = {
			...item.question,
			options: single().options.map((o) => ({ ...o, correct: true }))
		};
		expect(problems({ ...item, question })).toEqual([
			'question.options: mark exactly one option `correct: true` (found 3)'
		]);
	});

	it('requires at least one passage', () => {
		expect(problems(single({ passages: [] }))).toEqual(['passages: name at least one passage']);
	});
});
