import { ALPHABET, randomBytes } from '../cohorts/join-code';

/**
 * Verification codes are printed on a certificate and typed by someone checking it, so they use
 * the unambiguous alphabet of the join codes (no 0/O, 1/I/L). Twelve characters from 31 give about
 * 59 bits: far beyond guessing by trying codes on the public page, yet short enough to type.
 */
export const CODE_ALPHABET = ALPHABET;
export const CODE_LENGTH = 12;
const GROUP = 4;

export type RandomBytes = (n: number) => Uint8Array;

/** A new code, `XXXX-XXXX-XXXX`, uniformly drawn (rejection sampling, no modulo bias). */
export function newVerificationCode(random: RandomBytes = randomBytes): string {
	// The largest multiple of the alphabet's size below 256: bytes above it would favour early letters.
	const limit = 256 - (256 % CODE_ALPHABET.length);
	let plain = '';
	while (plain.length < CODE_LENGTH) {
		for (const byte of random(CODE_LENGTH)) {
			if (byte < limit && plain.length < CODE_LENGTH)
				plain += CODE_ALPHABET[byte % CODE_ALPHABET.length];
		}
	}
	return group(plain);
}

/**
 * Accepts what people type or paste: lower case, spaces, dashes in any place, or the whole
 * verification URL. Returns the stored form, or null when it cannot be a code at all.
 */
export function normaliseVerificationCode(input: string): string | null {
	const path = input.trim().split(/[?#]/)[0] ?? '';
	const lastSegment = path.split('/').filter(Boolean).at(-1) ?? '';
	const plain = lastSegment.toUpperCase().replace(/[\s\-‐‑‒–—_.]/g, '');
	if (plain.length !== CODE_LENGTH || [...plain].some((c) => !CODE_ALPHABET.includes(c))) {
		return null;
	}
	return group(plain);
}

function group(plain: string): string {
	const parts: string[] = [];
	for (let i = 0; i < plain.length; i += GROUP) parts.push(plain.slice(i, i + GROUP));
	return parts.join('-');
}
