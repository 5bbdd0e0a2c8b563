import type { Database } from '../db/client';
import {
	deleteSession,
	deleteUserSessions,
	extendSession,
	findSessionWithUser,
	insertSession
} from '../db/queries/sessions';
import type { PublicUser } from '../db/queries/users';
import { hashSecret, newSessionToken, secretMatches, splitToken } from './tokens';

const DAY = 24 * 60 * 60 * 1000;
/** Idle timeout: a session unused for this long ends. */
export const SESSION_IDLE_MS = 14 * DAY;
/** Absolute lifetime (ASVS 7.3.2): no session outlives this, however active. */
export const SESSION_ABSOLUTE_MS = 30 * DAY;
/** Extend at most once an hour, so reading pages does not write on every request. */
const EXTEND_AFTER_MS = 60 * 60 * 1000;

export interface ValidSession {
	id: string;
	expiresAt: Date;
	user: PublicUser;
}

export async function createSession(
	db: Database,
	userId: string,
	now = new Date()
): Promise<{ token: string; expiresAt: Date }> {
	const { id, secret, token } = newSessionToken();
	const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
	await insertSession(db, {
		id,
		secretHash: hashSecret(secret),
		userId,
		createdAt: now,
		expiresAt,
		absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS)
	});
	return { token, expiresAt };
}

export async function validateSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<ValidSession | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const found = await findSessionWithUser(db, parts.id);
	if (!found || !secretMatches(parts.secret, found.session.secretHash)) return null;

	const { session } = found;
	const limit = Math.min(session.expiresAt.getTime(), session.absoluteExpiresAt.getTime());
	if (now.getTime() >= limit) {
		await deleteSession(db, session.id);
		return null;
	}
	let expiresAt = session.expiresAt;
	if (session.expiresAt.getTime() - now.getTime() < SESSION_IDLE_MS - EXTEND_AFTER_MS) {
		expiresAt = new Date(
			Math.min(now.getTime() + SESSION_IDLE_MS, session.absoluteExpiresAt.getTime())
		);
		await extendSession(db, session.id, expiresAt);
	}
	return { id: session.id, expiresAt, user: found.user };
}

export const invalidateSession = deleteSession;
export const invalidateUserSessions = deleteUserSessions;
