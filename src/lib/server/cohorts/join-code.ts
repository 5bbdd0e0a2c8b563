/** Codes a learner types from a slide or a message: no 0/O, 1/I/L, so nothing is misread. */
export const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newJoinCode(random: (n: number) => Uint8Array = randomBytes): string {
	const bytes = random(8);
	let code = '';
	for (const byte of bytes) code += ALPHABET[byte % ALPHABET.length];
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Accepts what people type: lower case, spaces, missing or extra dashes. */
export function normaliseJoinCode(input: string): string | null {
	const plain = input.toUpperCase().replace(/[\s-]/g, '');
	if (plain.length !== 8 || [...plain].some((c) => !ALPHABET.includes(c))) return null;
	return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}

/** Cryptographically random bytes, for codes people type. */
export function randomBytes(n: number): Uint8Array {
	const buffer = new Uint8Array(n);
	crypto.getRandomValues(buffer);
	return buffer;
}
