import { CONDITION_OPTIONS, type ItemOfType, type ItemType, type QuizItem } from '$lib/content';

// Small builders for quiz items: valid by default, every field overridable, so each test
// states only what it is about.

const common = (id: string) => ({
	id,
	level: 'remember' as const,
	difficulty: 'easy' as const,
	explanation: 'Uitleg bij de vraag.',
	passages: ['p-1']
});

export function single(overrides: Partial<ItemOfType<'single'>> = {}): ItemOfType<'single'> {
	return {
		...common('m-01'),
		type: 'single',
		prompt: 'Welke is juist?',
		options: [
			{ id: 'a', text: 'Optie a', correct: true, feedback: 'Ja, a klopt.' },
			{ id: 'b', text: 'Optie b', feedback: 'Nee, b klopt niet.' },
			{ id: 'c', text: 'Optie c', feedback: 'Nee, c klopt niet.' }
		],
		...overrides
	};
}

export function multiple(overrides: Partial<ItemOfType<'multiple'>> = {}): ItemOfType<'multiple'> {
	return {
		...common('m-02'),
		type: 'multiple',
		prompt: 'Welke zijn juist?',
		options: [
			{ id: 'a', text: 'Optie a', correct: true, feedback: 'a hoort erbij.' },
			{ id: 'b', text: 'Optie b', correct: true, feedback: 'b hoort erbij.' },
			{ id: 'c', text: 'Optie c', feedback: 'c hoort er niet bij.' },
			{ id: 'd', text: 'Optie d', feedback: 'd hoort er niet bij.' }
		],
		...overrides
	};
}

export function trueFalse(
	overrides: Partial<ItemOfType<'true-false'>> = {}
): ItemOfType<'true-false'> {
	return {
		...common('m-03'),
		type: 'true-false',
		prompt: 'Een onderwijsassistent werkt op niveau 3 of 4.',
		answer: true,
		feedbackTrue: 'Klopt, er zijn twee niveaus.',
		feedbackFalse: 'Toch wel: er zijn twee niveaus.',
		...overrides
	};
}

export function match(overrides: Partial<ItemOfType<'match'>> = {}): ItemOfType<'match'> {
	return {
		...common('m-04'),
		type: 'match',
		prompt: 'Koppel de functie aan de opleiding.',
		pairs: [
			{ id: 'p', left: 'Links p', right: 'Rechts p', feedback: 'p hoort bij p.' },
			{ id: 'q', left: 'Links q', right: 'Rechts q', feedback: 'q hoort bij q.' },
			{ id: 'r', left: 'Links r', right: 'Rechts r', feedback: 'r hoort bij r.' },
			{ id: 's', left: 'Links s', right: 'Rechts s', feedback: 's hoort bij s.' }
		],
		distractors: [{ id: 'x', text: 'Afleider', feedback: 'Dit hoort nergens bij.' }],
		...overrides
	};
}

export function order(overrides: Partial<ItemOfType<'order'>> = {}): ItemOfType<'order'> {
	return {
		...common('m-05'),
		type: 'order',
		prompt: 'Zet de stappen op volgorde.',
		steps: [
			{ id: 's1', text: 'Eerst', feedback: 'Dit komt eerst.' },
			{ id: 's2', text: 'Dan', feedback: 'Dit komt als tweede.' },
			{ id: 's3', text: 'Daarna', feedback: 'Dit komt als derde.' },
			{ id: 's4', text: 'Tot slot', feedback: 'Dit komt als laatste.' }
		],
		...overrides
	};
}

export function numeric(overrides: Partial<ItemOfType<'numeric'>> = {}): ItemOfType<'numeric'> {
	return {
		...common('m-06'),
		type: 'numeric',
		prompt: 'Met hoeveel procent groeide het personeel?',
		answer: 50,
		tolerance: 2,
		unit: 'procent',
		feedbackCorrect: 'Ja, ruim 50 procent.',
		feedbackIncorrect: 'Nee, het was ruim 50 procent.',
		misconceptions: [{ value: 3, feedback: '3 procent geldt voor het voortgezet onderwijs.' }],
		...overrides
	};
}

export function shortText(
	overrides: Partial<ItemOfType<'short-text'>> = {}
): ItemOfType<'short-text'> {
	return {
		...common('m-07'),
		type: 'short-text',
		prompt: 'Welke verklaring is altijd nodig?',
		accepted: ['Verklaring Omtrent het Gedrag', 'VOG'],
		feedbackCorrect: 'Ja, een VOG.',
		feedbackIncorrect: 'Het artikel noemt de VOG.',
		...overrides
	};
}

export function scenario(overrides: Partial<ItemOfType<'scenario'>> = {}): ItemOfType<'scenario'> {
	const inner = single();
	return {
		...common('m-08'),
		type: 'scenario',
		case: 'Je werkt in groep 5.',
		question: { type: 'single', prompt: inner.prompt, options: inner.options },
		...overrides
	};
}

const BUILDERS: { [T in ItemType]: () => ItemOfType<T> } = {
	single,
	multiple,
	'true-false': trueFalse,
	match,
	order,
	numeric,
	'short-text': shortText,
	scenario
};

/** A valid item of any type, with the given id. */
export function itemOfType(type: ItemType, id: string): QuizItem {
	return { ...BUILDERS[type](), id };
}

type FieldDraft = { id: string; label: string; prompt: string; [key: string]: unknown };
type ExerciseDraft = { fields: FieldDraft[]; [key: string]: unknown };

/** A reflection field; `extra` adds kind, column, starters or options. */
export const field = (id: string, extra: object = {}): FieldDraft => ({
	id,
	label: id,
	prompt: `Vraag ${id}?`,
	...extra
});

/** A complete reflection exercise: ALACT for `leraar`, STARR for `ondersteuner`. */
export function reflection(slug: string, audience: 'leraar' | 'ondersteuner'): ExerciseDraft {
	const common = {
		id: `${slug}-reflectie-${audience}`,
		audience,
		title: 'Reflectie',
		intro: 'Kies een moment.'
	};
	const rest = { privacyHint: 'Noem geen namen.', passages: ['deel-1'] };
	if (audience === 'ondersteuner') {
		const texts = ['situatie', 'taak', 'actie', 'resultaat', 'reflectie', 'voornemen'];
		const fields = [
			...texts.map((id) => field(id, { starters: ['Ik ...'] })),
			field('voornemen-datum', { kind: 'date' })
		];
		return { ...common, model: 'starr', ...rest, fields };
	}
	const questions = ['wilde', 'deed', 'dacht', 'voelde'];
	const fields = [
		field('situatie'),
		...questions.map((q) => field(`ik-${q}`, { column: 'ik' })),
		...questions.map((q) => field(`ander-${q}`, { column: 'ander' })),
		field('kern'),
		field('kern-voorwaarde', { kind: 'choice', options: CONDITION_OPTIONS }),
		field('alternatief-1'),
		field('alternatief-2'),
		field('voornemen'),
		field('voornemen-datum', { kind: 'date' })
	];
	return { ...common, model: 'alact', ...rest, fields };
}
