import type { Database } from '../db/client';
import {
	clearThrottle,
	readThrottle,
	recordAccountFailure,
	recordIpFailure
} from '../db/queries/throttle';
import {
	findUserByEmail,
	findUserById,
	insertUser,
	listUsers,
	updatePasswordHash,
	updateRole,
	type PublicUser
} from '../db/queries/users';
import type { Role } from '../db/schema';
import { checkPassword, type PasswordProblem } from './password-policy';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { createSession, invalidateUserSessions } from './session';
import { accountKey, blockedUntil, ipKey } from './throttle-rules';
import { newId } from './tokens';

export type RegisterResult =
	{ ok: true; user: PublicUser } | { ok: false; reason: 'email-taken' | PasswordProblem };

export async function registerUser(
	db: Database,
	input: { email: string; name: string; password: string; role?: Role }
): Promise<RegisterResult> {
	const email = input.email.trim().toLowerCase();
	const problem = checkPassword(input.password, { email, name: input.name });
	if (problem) return { ok: false, reason: problem };
	if (await findUserByEmail(db, email)) return { ok: false, reason: 'email-taken' };
	const passwordHash = await hashPassword(input.password);
	const user = await insertUser(db, {
		id: newId(),
		email,
		name: input.name.trim(),
		passwordHash,
		role: input.role ?? 'learner'
	});
	return user ? { ok: true, user } : { ok: false, reason: 'email-taken' };
}

export type LoginResult =
	| { ok: true; user: PublicUser; token: string; expiresAt: Date }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; until: Date };

/**
 * Throttling is checked before any hashing, so a flood of guesses costs the server one query
 * each. An unknown e-mail address still costs a hash, so timing does not reveal accounts.
 */
export async function logIn(
	db: Database,
	input: { email: string; password: string; address: string },
	now = new Date()
): Promise<LoginResult> {
	const email = input.email.trim().toLowerCase();
	const keys = { ip: ipKey(input.address), account: accountKey(email) };
	const until = blockedUntil(await readThrottle(db, [keys.ip, keys.account]), now);
	if (until) return { ok: false, reason: 'throttled', until };

	const found = await findUserByEmail(db, email);
	const valid = found
		? await verifyPassword(found.passwordHash, input.password)
		: await verifyAgainstDummy(input.password);
	if (!found || !valid) {
		await recordIpFailure(db, keys.ip, now);
		await recordAccountFailure(db, keys.account, now);
		return { ok: false, reason: 'invalid' };
	}
	await clearThrottle(db, keys.ip);
	const { token, expiresAt } = await createSession(db, found.id, now);
	const user = { id: found.id, email: found.email, name: found.name, role: found.role };
	return { ok: true, user, token, expiresAt };
}

export type ChangePasswordResult =
	{ ok: true } | { ok: false; reason: 'wrong-current' | 'same-as-current' | PasswordProblem };

/** Ends every other session of the user: a stolen session does not survive a password change. */
export async function changePassword(
	db: Database,
	input: { userId: string; sessionId: string; current: string; next: string }
): Promise<ChangePasswordResult> {
	const found = await findUserById(db, input.userId);
	if (!found || !(await verifyPassword(found.passwordHash, input.current))) {
		return { ok: false, reason: 'wrong-current' };
	}
	if (input.current === input.next) return { ok: false, reason: 'same-as-current' };
	const problem = checkPassword(input.next, { email: found.email, name: found.name });
	if (problem) return { ok: false, reason: problem };
	const passwordHash = await hashPassword(input.next);
	await db.transaction(async (tx) => {
		await updatePasswordHash(tx, found.id, passwordHash);
		await invalidateUserSessions(tx, found.id, input.sessionId);
	});
	return { ok: true };
}

/** A role change ends all of the user's sessions, so new rights never ride on an old session. */
export async function changeRole(db: Database, userId: string, role: Role): Promise<boolean> {
	return db.transaction(async (tx) => {
		const changed = await updateRole(tx, userId, role);
		if (changed) await invalidateUserSessions(tx, userId);
		return changed;
	});
}

export { listUsers };
