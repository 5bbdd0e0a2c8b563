import { describe, expect, it } from 'vitest';
import type { Reflection } from '../../../src/lib/content';
import { answeredFields } from '../../../src/lib/server/certificates/portfolio-data';
import { isTrackComplete } from '../../../src/lib/server/certificates/completion';
import { printable } from '../../../src/lib/server/pdf/document';

const exercise: Reflection = {
	id: 'm-reflectie-leraar',
	audience: 'leraar',
	model: 'alact',
	title: 'Titel',
	intro: 'Intro',
	privacyHint: 'Geen namen.',
	passages: [],
	fields: [
		{ id: 'situatie', label: 'Situatie', prompt: '?', kind: 'text' },
		{
			id: 'voorwaarde',
			label: 'Voorwaarde uit het artikel',
			prompt: '?',
			kind: 'choice',
			options: [
				{ id: 'rol', label: 'Duidelijke rollen en taken' },
				{ id: 'tijd', label: 'Tijd voor afstemming' }
			]
		},
		{ id: 'wanneer', label: 'Wanneer?', prompt: '?', kind: 'date' },
		{ id: 'leeg', label: 'Leeg', prompt: '?', kind: 'text' }
	]
};

describe('answers in the portfolio', () => {
	it('carry the labels of the content, in the exercise’s order', () => {
		const fields = { wanneer: '2026-12-03', situatie: 'In groep 5 ≥ 3 leerlingen.', leeg: '  ' };
		expect(answeredFields(fields, exercise, 'nl')).toEqual([
			{ label: 'Situatie', value: 'In groep 5 ≥ 3 leerlingen.' },
			{ label: 'Wanneer?', value: '3 december 2026' }
		]);
	});

	it('show the chosen option’s label, not its id', () => {
		expect(answeredFields({ voorwaarde: 'tijd' }, exercise, 'nl')).toEqual([
			{ label: 'Voorwaarde uit het artikel', value: 'Tijd voor afstemming' }
		]);
	});

	it('keep answers to fields that the content no longer has', () => {
		expect(answeredFields({ oud: 'Iets', situatie: 'Nu' }, undefined, 'nl')).toEqual([
			{ label: 'oud', value: 'Iets' },
			{ label: 'situatie', value: 'Nu' }
		]);
		expect(answeredFields({ oud: 'Iets' }, exercise, 'nl')).toEqual([
			{ label: 'oud', value: 'Iets' }
		]);
	});
});

describe('track completion', () => {
	const track = {
		id: 'leraar',
		slug: 'x',
		title: 'X',
		summary: 'X',
		audience: 'leraar',
		modules: ['a', 'b']
	} as const;
	it('needs every module of the track', () => {
		expect(isTrackComplete({ ...track, modules: ['a', 'b'] }, new Set(['a', 'b', 'c']))).toBe(true);
		expect(isTrackComplete({ ...track, modules: ['a', 'b'] }, new Set(['a']))).toBe(false);
	});
});

describe('text for the PDF', () => {
	it('drops control characters that no font can draw, and keeps line breaks', () => {
		expect(printable('a\u0000b\r\nc\td\u200Be\u0007')).toBe('ab\nc de');
	});
});
