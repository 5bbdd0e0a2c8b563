import { describe, expect, it } from 'vitest';
import {
	hashSecret,
	newSessionToken,
	secretMatches,
	splitToken
} from '../../../src/lib/server/auth/tokens';

describe('session tokens', () => {
	it('are id.secret with at least 128 random bits in the secret', () => {
		const { id, secret, token } = newSessionToken();
		expect(token).toBe(`${id}.${secret}`);
		// base32: 5 bits per character
		expect(secret.length * 5).toBeGreaterThanOrEqual(128);
		expect(newSessionToken().token).not.toBe(token);
	});

	it('hash the secret with SHA-256 and compare it', () => {
		const { secret } = newSessionToken();
		const stored = hashSecret(secret);
		expect(stored).toMatch(/^[0-9a-f]{64}$/);
		expect(secretMatches(secret, stored)).toBe(true);
		expect(secretMatches(`${secret}x`, stored)).toBe(false);
		expect(secretMatches(secret, stored.slice(1))).toBe(false);
		// The stored form must never change, or every existing session would end: FIPS 180-2's
		// test vector for "abc".
		expect(hashSecret('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('split only well-formed tokens', () => {
		expect(splitToken('abc.def')).toEqual({ id: 'abc', secret: 'def' });
		expect(splitToken('abc')).toBeNull();
		expect(splitToken('a.b.c')).toBeNull();
	});
});
