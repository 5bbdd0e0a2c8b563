import { hash, timingSafeEqual } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 120 bits for the id and 160 for the secret: both well over ASVS's 128-bit floor together. */
function randomString(bytes: number): string {
	const buffer = new Uint8Array(bytes);
	crypto.getRandomValues(buffer);
	return encodeBase32LowerCaseNoPadding(buffer);
}

export function newSessionToken(): { id: string; secret: string; token: string } {
	const id = randomString(15);
	const secret = randomString(20);
	return { id, secret, token: `${id}.${secret}` };
}

/** SHA-256, lower-case hex: what the session table stores. Node's one-shot hash, per request. */
export function hashSecret(secret: string): string {
	return hash('sha256', secret, 'hex');
}

export function splitToken(token: string): { id: string; secret: string } | null {
	const parts = token.split('.');
	if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
	return { id: parts[0], secret: parts[1] };
}

export function secretMatches(secret: string, storedHash: string): boolean {
	const given = Buffer.from(hashSecret(secret));
	const stored = Buffer.from(storedHash);
	return given.length === stored.length && timingSafeEqual(given, stored);
}

export function newId(): string {
	return randomString(15);
}
