import { describe, expect, it } from 'vitest';
import {
	belowMinimum,
	completeFields,
	insertStarter,
	layoutBlocks,
	missingRequired,
	sameFields,
	starterText
} from '../../../src/lib/reflection/rules';
import { exercise, field } from './builders';

describe('what blocks and what warns before submitting', () => {
	const fields = [
		field('situatie', { minWords: 5 }),
		field('kern'),
		field('extra', { required: false, minWords: 3 })
	];

	it('lists required fields that hold only whitespace', () => {
		const missing = missingRequired(fields, { situatie: '  \n', kern: 'Iets', extra: '' });
		expect(missing.map((f) => f.id)).toEqual(['situatie']);
	});

	it('warns about text under the advised word count, for optional fields too', () => {
		const short = belowMinimum(fields, { situatie: 'een twee drie', kern: 'x', extra: 'een' });
		expect(short.map((s) => [s.field.id, s.count, s.minWords])).toEqual([
			['situatie', 3, 5],
			['extra', 1, 3]
		]);
		expect(belowMinimum(fields, { situatie: 'een twee drie vier vijf', extra: 'a b c' })).toEqual(
			[]
		);
	});
});

describe('sameFields and completeFields', () => {
	it('treats a missing value as empty', () => {
		expect(sameFields({ a: '', b: 'x' }, { b: 'x' })).toBe(true);
		expect(sameFields({ a: 'y' }, {})).toBe(false);
	});

	it('gives every field of the exercise a string, and nothing else', () => {
		const ex = exercise([field('a'), field('b')]);
		expect(completeFields(ex, { a: 'x', zzz: 'weg' })).toEqual({ a: 'x', b: '' });
	});
});

describe('layoutBlocks', () => {
	it('puts the ALACT questions in one two-column block where the first one stands', () => {
		const blocks = layoutBlocks([
			field('situatie'),
			field('ik-wilde', { column: 'ik' }),
			field('ander-wilde', { column: 'ander' }),
			field('ik-deed', { column: 'ik' }),
			field('kern')
		]);
		expect(
			blocks.map((b) =>
				b.kind === 'field'
					? b.field.id
					: { ik: b.ik.map((f) => f.id), ander: b.ander.map((f) => f.id) }
			)
		).toEqual(['situatie', { ik: ['ik-wilde', 'ik-deed'], ander: ['ander-wilde'] }, 'kern']);
	});

	it('keeps a STARR exercise as a plain list', () => {
		const blocks = layoutBlocks([field('situatie'), field('taak')]);
		expect(blocks.every((b) => b.kind === 'field')).toBe(true);
	});
});

describe('sentence starters', () => {
	it('drops the trailing dots so the learner can go on typing', () => {
		expect(starterText('Ik werkte in groep ...')).toBe('Ik werkte in groep ');
		expect(starterText('Het was ... en de leraar …')).toBe('Het was ... en de leraar ');
		expect(starterText('Dit ging goed')).toBe('Dit ging goed ');
	});

	it('starts an empty field, or adds a new line after existing text', () => {
		expect(insertStarter('', 'Eerst heb ik ...')).toBe('Eerst heb ik ');
		expect(insertStarter('Zin een.', 'Daarna heb ik ...')).toBe('Zin een.\nDaarna heb ik ');
		expect(insertStarter('Zin een.\n', 'Daarna ...')).toBe('Zin een.\nDaarna ');
	});
});
