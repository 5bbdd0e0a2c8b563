import { describe, expect, it } from 'vitest';
import {
	CONDITION_OPTIONS,
	moduleFrontMatterSchema,
	reflectionSchema,
	tracksFileSchema
} from '$lib/content';
import { field, reflection } from './builders';

const moduleFront = {
	title: 'Titel',
	summary: 'Samenvatting.',
	audiences: ['leraar'],
	goals: ['Benoemen van de functies.', 'Uitleggen van de eisen.'],
	estimatedMinutes: 30,
	passMark: 70
};

function problems(
	schema: {
		safeParse(v: unknown): {
			success: boolean;
			error?: { issues: { path: PropertyKey[]; message: string }[] };
		};
	},
	value: unknown
): string[] {
	const result = schema.safeParse(value);
	return result.success
		? []
		: (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('moduleFrontMatterSchema', () => {
	it('accepts a valid module and fills defaults', () => {
		const parsed = moduleFrontMatterSchema.parse(moduleFront);
		expect(parsed).toMatchObject({ prerequisites: [], competences: [] });
	});

	it('rejects a goal that starts with another verb', () => {
		const goals = ['Begrijpen van de functies.', 'Uitleggen van de eisen.'];
		expect(problems(moduleFrontMatterSchema, { ...moduleFront, goals })[0]).toMatch(
			/^goals\.0: must start with one of: Benoemen/
		);
	});

	it('wants two to four goals', () => {
		expect(
			problems(moduleFrontMatterSchema, { ...moduleFront, goals: ['Benoemen van x.'] })
		).toEqual(['goals: give at least 2 goals']);
	});

	it('bounds minutes and pass mark', () => {
		expect(
			problems(moduleFrontMatterSchema, { ...moduleFront, estimatedMinutes: 4, passMark: 101 })
		).toEqual(['estimatedMinutes: must be at least 5', 'passMark: must be at most 100']);
	});

	it('rejects an unknown competence tag', () => {
		expect(
			problems(moduleFrontMatterSchema, { ...moduleFront, competences: ['eef-8'] })[0]
		).toMatch(/^competences\.0/);
	});
});

describe('tracksFileSchema', () => {
	const track = {
		id: 'leraar',
		slug: 'a',
		title: 'T',
		summary: 'S',
		audience: 'leraar',
		modules: ['x']
	};

	it('wants the id to equal the audience', () => {
		expect(
			problems(tracksFileSchema, { tracks: [{ ...track, audience: 'ondersteuner' }] })
		).toEqual(['tracks.0.id: must equal the audience `ondersteuner`']);
	});

	it('rejects a module listed twice', () => {
		expect(problems(tracksFileSchema, { tracks: [{ ...track, modules: ['x', 'x'] }] })).toEqual([
			'tracks.0.modules.1: lists `x` twice'
		]);
	});
});

const starr = reflection('m', 'ondersteuner');
const alact = reflection('m', 'leraar');
const text = field;

describe('reflectionSchema', () => {
	it('accepts complete starr and alact exercises', () => {
		expect(problems(reflectionSchema, starr)).toEqual([]);
		expect(problems(reflectionSchema, alact)).toEqual([]);
	});

	it('names the missing required fields', () => {
		const fields = alact.fields.filter((f) => f.id !== 'kern' && f.id !== 'ik-dacht');
		expect(problems(reflectionSchema, { ...alact, fields })).toEqual([
			'fields: model `alact` needs fields: ik-dacht, kern'
		]);
	});

	it('wants starters on every starr text field', () => {
		const fields = starr.fields.map((f) => (f.id === 'taak' ? text('taak') : f));
		expect(problems(reflectionSchema, { ...starr, fields })).toEqual([
			'fields.1.starters: every text field of a starr exercise needs sentence starters'
		]);
	});

	it('wants the ALACT questions in their columns', () => {
		const fields = alact.fields.map((f) =>
			f.id === 'ander-deed' ? text('ander-deed', { column: 'ik' }) : f
		);
		expect(problems(reflectionSchema, { ...alact, fields })).toEqual([
			'fields.6.column: must be `ander`'
		]);
	});

	it('wants the fixed conditions on kern-voorwaarde', () => {
		const fields = alact.fields.map((f) =>
			f.id === 'kern-voorwaarde'
				? text(f.id, { kind: 'choice', options: CONDITION_OPTIONS.slice(1) })
				: f
		);
		expect(problems(reflectionSchema, { ...alact, fields })[0]).toMatch(
			/^fields\.10\.options: must be exactly/
		);
	});

	it('wants a date for voornemen-datum', () => {
		const fields = starr.fields.map((f) =>
			f.id === 'voornemen-datum' ? text(f.id, { starters: ['x'] }) : f
		);
		expect(problems(reflectionSchema, { ...starr, fields })).toEqual([
			'fields.6.kind: must be `date`'
		]);
	});

	it('pairs the model with the audience', () => {
		expect(problems(reflectionSchema, { ...starr, audience: 'leraar' })).toEqual([
			'model: must be `alact` for audience `leraar`'
		]);
	});
});
