import { describe, expect, it } from 'vitest';
import { getCourse } from '../../../src/lib/server/content';
import { exerciseView, requiredFieldIds } from '../../../src/lib/server/reflection/exercise';
import {
	cleanFields,
	isCalendarDate,
	normaliseText,
	requiredErrors
} from '../../../src/lib/server/reflection/validate';
import { MAX_FIELD_CHARS } from '../../../src/lib/reflection/limits';

const alact = getCourse().reflection('functies', 'leraar')!;
const starr = getCourse().reflection('functies', 'ondersteuner')!;

describe('cleanFields', () => {
	it('keeps every field of the exercise and drops ids it does not know', () => {
		const result = cleanFields(alact, { situatie: 'Iets', onbekend: 'weg', __proto__: 'x' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.fields.situatie).toBe('Iets');
		expect(Object.keys(result.fields).sort()).toEqual(alact.fields.map((f) => f.id).sort());
		expect(result.fields['ik-wilde']).toBe('');
	});

	it('refuses text over the cap with a field-level code, and accepts exactly the cap', () => {
		expect(cleanFields(starr, { taak: 'a'.repeat(MAX_FIELD_CHARS) }).ok).toBe(true);
		expect(cleanFields(starr, { taak: 'a'.repeat(MAX_FIELD_CHARS + 1) })).toEqual({
			ok: false,
			errors: { taak: 'too-long' }
		});
	});

	it('checks choices against the options and dates against the calendar', () => {
		expect(cleanFields(alact, { 'kern-voorwaarde': 'rolduidelijkheid' }).ok).toBe(true);
		expect(cleanFields(alact, { 'kern-voorwaarde': 'iets-anders' })).toEqual({
			ok: false,
			errors: { 'kern-voorwaarde': 'choice' }
		});
		expect(cleanFields(alact, { 'voornemen-datum': '2026-02-30' })).toEqual({
			ok: false,
			errors: { 'voornemen-datum': 'date' }
		});
		expect(cleanFields(alact, { 'voornemen-datum': '' }).ok).toBe(true);
	});

	it('refuses values that are not text', () => {
		expect(cleanFields(starr, { taak: 42 })).toEqual({ ok: false, errors: { taak: 'invalid' } });
	});

	it('stores line breaks one way and removes NUL, which PostgreSQL refuses in jsonb', () => {
		const result = cleanFields(starr, { taak: 'een\r\ntwee\rdrie\u0000' });
		expect(result.ok && result.fields.taak).toBe('een\ntwee\ndrie');
		expect(normaliseText('a\r\nb')).toBe('a\nb');
	});
});

describe('isCalendarDate', () => {
	it('accepts real dates only', () => {
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2027-02-29')).toBe(false);
		expect(isCalendarDate('2026-13-01')).toBe(false);
		expect(isCalendarDate('26-01-01')).toBe(false);
		expect(isCalendarDate('0001-01-01')).toBe(false);
	});
});

describe('required fields', () => {
	it('are the fields the model needs', () => {
		expect(requiredFieldIds(starr)).toEqual([
			'situatie',
			'taak',
			'actie',
			'resultaat',
			'reflectie',
			'voornemen',
			'voornemen-datum'
		]);
		expect(requiredFieldIds(alact)).toHaveLength(15);
	});

	it('report each empty one as `required`', () => {
		expect(requiredErrors(['a', 'b', 'c'], { a: 'x', b: '  ' })).toEqual({
			b: 'required',
			c: 'required'
		});
	});
});

describe('exerciseView', () => {
	it('carries what the form shows: columns, starters, options, minimum words', () => {
		const view = exerciseView(alact);
		expect(view.intro.length).toBeGreaterThan(0);
		expect(view.fields.filter((f) => f.column === 'ik')).toHaveLength(4);
		expect(view.fields.find((f) => f.id === 'kern-voorwaarde')?.options).toHaveLength(8);
		expect(view.fields.find((f) => f.id === 'situatie')?.minWords).toBe(30);
		const starrView = exerciseView(starr);
		expect(
			starrView.fields.filter((f) => f.kind === 'text').every((f) => f.starters.length > 0)
		).toBe(true);
	});
});
