import { describe, expect, it } from 'vitest';
import { requestNow, TEST_CLOCK_HEADER } from '../../../src/lib/server/http/clock';

const withHeader = new Request('http://x/', {
	headers: { [TEST_CLOCK_HEADER]: '2026-03-01T08:00:00Z' }
});

describe('requestNow', () => {
	it('ignores the test header unless the server was started with the test clock', () => {
		const before = Date.now();
		expect(requestNow(withHeader, {}).getTime()).toBeGreaterThanOrEqual(before);
	});

	it('uses the header on a test server, and ignores an unreadable one', () => {
		const env = { KLASTEAM_TEST_CLOCK: '1' };
		expect(requestNow(withHeader, env).toISOString()).toBe('2026-03-01T08:00:00.000Z');
		const bad = new Request('http://x/', { headers: { [TEST_CLOCK_HEADER]: 'gisteren' } });
		expect(Number.isNaN(requestNow(bad, env).getTime())).toBe(false);
	});
});
