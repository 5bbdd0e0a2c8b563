import { describe, expect, it } from 'vitest';
import {
	accountKey,
	blockedUntil,
	ipKey,
	minutesToWait
} from '../../../src/lib/server/auth/throttle-rules';

const now = new Date('2026-11-29T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('blockedUntil', () => {
	it('is null with no rows or an expired block', () => {
		expect(blockedUntil([], now)).toBeNull();
		expect(
			blockedUntil(
				[
					{
						key: ipKey('1.2.3.4'),
						failures: 0,
						windowStartedAt: now,
						blockedUntil: at('2026-11-29T11:59:59Z')
					}
				],
				now
			)
		).toBeNull();
	});

	it('returns an active IP block', () => {
		const until = at('2026-11-29T12:07:00Z');
		expect(
			blockedUntil(
				[{ key: ipKey('1.2.3.4'), failures: 0, windowStartedAt: now, blockedUntil: until }],
				now
			)
		).toEqual(until);
	});

	it('blocks an account at 100 failures until its window ends', () => {
		const start = at('2026-11-29T11:30:00Z');
		const row = {
			key: accountKey('A@B.nl'),
			failures: 100,
			windowStartedAt: start,
			blockedUntil: null
		};
		expect(row.key).toBe('account:a@b.nl');
		expect(blockedUntil([row], now)).toEqual(at('2026-11-29T12:30:00Z'));
		expect(blockedUntil([{ ...row, failures: 99 }], now)).toBeNull();
		expect(blockedUntil([row], at('2026-11-29T12:30:01Z'))).toBeNull();
	});

	it('takes the later of two blocks', () => {
		const rows = [
			{
				key: ipKey('x'),
				failures: 0,
				windowStartedAt: now,
				blockedUntil: at('2026-11-29T12:05:00Z')
			},
			{
				key: accountKey('y'),
				failures: 150,
				windowStartedAt: at('2026-11-29T11:50:00Z'),
				blockedUntil: null
			}
		];
		expect(blockedUntil(rows, now)).toEqual(at('2026-11-29T12:50:00Z'));
	});
});

describe('minutesToWait', () => {
	it('rounds up and never says zero', () => {
		expect(minutesToWait(at('2026-11-29T12:09:01Z'), now)).toBe(10);
		expect(minutesToWait(at('2026-11-29T12:00:01Z'), now)).toBe(1);
		expect(minutesToWait(now, now)).toBe(1);
	});
});
