import { describe, expect, it } from 'vitest';
import { isCrossSite } from '../../../src/lib/server/http/same-origin';

const origin = 'https://klasteam.example';
const req = (method: string, headers: Record<string, string>) =>
	new Request(`${origin}/inloggen`, { method, headers });

describe('isCrossSite', () => {
	it('lets safe methods through', () => {
		expect(isCrossSite(req('GET', { 'sec-fetch-site': 'cross-site' }), origin)).toBe(false);
	});

	it('uses Sec-Fetch-Site when the browser sends it', () => {
		expect(isCrossSite(req('POST', { 'sec-fetch-site': 'same-origin' }), origin)).toBe(false);
		expect(isCrossSite(req('POST', { 'sec-fetch-site': 'cross-site' }), origin)).toBe(true);
		expect(isCrossSite(req('POST', { 'sec-fetch-site': 'same-site' }), origin)).toBe(true);
		// a matching Origin does not override a cross-site fetch header
		expect(isCrossSite(req('POST', { 'sec-fetch-site': 'cross-site', origin }), origin)).toBe(true);
	});

	it('falls back to Origin, and refuses a request with neither', () => {
		expect(isCrossSite(req('POST', { origin }), origin)).toBe(false);
		expect(isCrossSite(req('DELETE', { origin: 'https://evil.example' }), origin)).toBe(true);
		expect(isCrossSite(req('POST', {}), origin)).toBe(true);
	});
});
