import { describe, expect, it } from 'vitest';
import { newJoinCode, normaliseJoinCode } from '../../src/lib/server/cohorts/join-code';
import { amsterdamDate } from '../../src/lib/dates';

describe('join codes', () => {
	it('are XXXX-XXXX from an unambiguous alphabet', () => {
		for (let i = 0; i < 50; i++)
			expect(newJoinCode()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
		expect(newJoinCode(() => new Uint8Array(8))).toBe('AAAA-AAAA');
	});

	it('accept what people type, and refuse what cannot be a code', () => {
		expect(normaliseJoinCode(' abcd efgh ')).toBe('ABCD-EFGH');
		expect(normaliseJoinCode('ABCD--EFGH')).toBe('ABCD-EFGH');
		expect(normaliseJoinCode('ABCD-EFG0')).toBeNull();
		expect(normaliseJoinCode('ABC')).toBeNull();
	});
});

describe('amsterdamDate', () => {
	it('uses the Dutch calendar day, across midnight and daylight saving', () => {
		expect(amsterdamDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(amsterdamDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
		expect(amsterdamDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
	});
});
