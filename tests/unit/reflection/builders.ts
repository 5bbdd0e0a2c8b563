import type { ExerciseView, FieldView } from '../../../src/lib/reflection/types';

/** A field with sensible defaults; tests override what they look at. */
export function field(id: string, overrides: Partial<FieldView> = {}): FieldView {
	return {
		id,
		label: id,
		prompt: `Vraag ${id}`,
		help: null,
		kind: 'text',
		minWords: null,
		column: null,
		starters: [],
		options: [],
		required: true,
		...overrides
	};
}

export function exercise(fields: FieldView[]): ExerciseView {
	return {
		id: 'test-reflectie-leraar',
		model: 'alact',
		title: 'Test',
		intro: ['Intro'],
		privacyHint: 'Noem geen namen.',
		fields
	};
}
