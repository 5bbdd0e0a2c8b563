import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id minimum, as the Lucia guide uses it: about 20 ms per hash here.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/**
 * Hashing is the most expensive thing the server does. Capping the number of hashes in flight
 * keeps a login burst from starving every other request on a two-core machine.
 */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
	if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
	running++;
	try {
		return await work();
	} finally {
		running--;
		waiting.shift()?.();
	}
}

export function hashPassword(password: string): Promise<string> {
	return withHashSlot(() => hash(password, ARGON2));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	return withHashSlot(() => verify(passwordHash, password));
}

/** A real hash to verify against when the account does not exist, so timing reveals nothing. */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstDummy(password: string): Promise<boolean> {
	dummyHash ??= hashPassword('klasteam-dummy-password-for-timing');
	return dummyHash.then((value) => verifyPassword(value, password)).then(() => false);
}
