import { describe, expect, it } from 'vitest';
import {
	formatCalendarDate,
	formatClock,
	formatDateTime,
	formatDecimal,
	formatLongDate,
	formatNumber,
	formatPercent,
	formatShortDate,
	formatShortDateTime
} from '../../../src/lib/i18n/format';

// Formatters are kept per locale; these cases alternate languages, so a formatter kept under the
// wrong key, or options shared between formatters, shows as a wrong language or shape.
const winter = new Date('2026-11-30T10:05:00Z'); // CET, UTC+1
const summer = new Date('2026-07-01T22:30:00Z'); // CEST, UTC+2: already 2 July in Amsterdam

describe('dates, always in Amsterdam time', () => {
	it('reads the same in Dutch, then English, then Dutch again', () => {
		for (const round of [1, 2]) {
			expect(formatDateTime(winter, 'nl'), `round ${round}`).toBe('30 november 2026 om 11:05');
			expect(formatDateTime(winter, 'en'), `round ${round}`).toBe('30 November 2026 at 11:05');
		}
	});

	it('moves an evening instant in summer to the next Dutch calendar day', () => {
		expect(formatClock(summer, 'nl')).toBe('00:30');
		expect(formatLongDate(summer, 'nl')).toBe('2 juli 2026');
		expect(formatLongDate(summer, 'en')).toBe('2 July 2026');
	});

	it('has short forms for tables, from strings as well as dates', () => {
		expect(formatShortDate(winter.toISOString(), 'nl')).toBe('30 nov 2026');
		expect(formatShortDateTime(winter, 'nl')).toBe('30 nov 2026, 11:05');
		expect(formatShortDateTime(winter, 'en')).toBe('30 Nov 2026, 11:05');
	});

	it('shows a calendar date without a time zone shift, and an impossible one as typed', () => {
		expect(formatCalendarDate('2026-03-05', 'nl')).toBe('5 maart 2026');
		expect(formatCalendarDate('2026-03-05', 'en')).toBe('5 March 2026');
		expect(formatCalendarDate('2026-13-45', 'nl')).toBe('2026-13-45');
	});
});

describe('numbers, with the reader’s decimal sign', () => {
	it('uses a decimal comma in Dutch and a point in English', () => {
		expect(formatNumber(14.5, 'nl')).toBe('14,5');
		expect(formatNumber(14.5, 'en')).toBe('14.5');
		expect(formatNumber(1234.5678, 'nl', 2)).toBe('1.234,57');
		expect(formatNumber(1234.5678, 'nl')).toBe('1.234,5678');
	});

	it('keeps a fixed number of digits per call, whatever was asked before', () => {
		expect(formatDecimal(-0.123, 'nl')).toBe('-0,12');
		expect(formatDecimal(2, 'nl', 1)).toBe('2,0');
		expect(formatDecimal(2, 'en', 3)).toBe('2.000');
		expect(formatDecimal(-0.123, 'en')).toBe('-0.12');
	});

	it('rounds a share to a whole percentage', () => {
		expect(formatPercent(0.675, 'nl')).toBe('68%');
		expect(formatPercent(1, 'en')).toBe('100%');
	});
});
