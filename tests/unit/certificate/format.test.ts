import { describe, expect, it } from 'vitest';
import {
	formatCalendarDate,
	formatHours,
	formatLongDate,
	studyHours,
	toLocale
} from '../../../src/lib/server/certificates/format';

describe('study hours', () => {
	it.each([
		[385, 6.5],
		[375, 6.5],
		[360, 6],
		[370, 6],
		[46, 1],
		[10, 0.5],
		[0, 0]
	])('%i minutes read as %s hours (nearest half hour, never 0 for real work)', (min, hours) => {
		expect(studyHours(min)).toBe(hours);
	});

	it('are written the way each language writes numbers', () => {
		expect(formatHours(6.5, 'nl')).toBe('6,5');
		expect(formatHours(6.5, 'en')).toBe('6.5');
		expect(formatHours(6, 'nl')).toBe('6');
	});
});

describe('dates', () => {
	it('use the calendar day in the Netherlands, not UTC', () => {
		// 23:30 UTC on 29 November is already 30 November in Amsterdam (winter time, UTC+1).
		expect(formatLongDate(new Date('2026-11-29T23:30:00Z'), 'nl')).toBe('30 november 2026');
		// 22:30 UTC on 30 June is 1 July in Amsterdam (summer time, UTC+2).
		expect(formatLongDate(new Date('2026-06-30T22:30:00Z'), 'nl')).toBe('1 juli 2026');
		expect(formatLongDate(new Date('2026-06-30T21:30:00Z'), 'nl')).toBe('30 juni 2026');
	});

	it('are written in the reader’s language', () => {
		expect(formatLongDate(new Date('2026-03-04T10:00:00Z'), 'en')).toBe('4 March 2026');
		expect(formatLongDate(new Date('2026-03-04T10:00:00Z'), 'nl')).toBe('4 maart 2026');
	});

	it('read a typed calendar date without shifting it, and leave anything else as typed', () => {
		expect(formatCalendarDate('2026-12-03', 'nl')).toBe('3 december 2026');
		expect(formatCalendarDate('volgende week', 'nl')).toBe('volgende week');
		expect(formatCalendarDate('2026-13-45', 'nl')).toBe('2026-13-45');
	});

	it('fall back to Dutch for an unknown locale', () => {
		expect(toLocale('en')).toBe('en');
		expect(toLocale('de')).toBe('nl');
	});
});
