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
	/** True when this validation moved the expiry on: the cookie must be sent again. */
	renewed: boolean;
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

export type FoundSession = NonNullable<Awaited<ReturnType<typeof findSessionWithUser>>>;

/**
 * What a found session allows (pure): 'valid' as it is, 'renew' when its expiry is due to move
 * on, 'expired', or 'invalid' when the secret does not match.
 */
export function sessionVerdict(
	found: FoundSession,
	secret: string,
	now: Date
): 'valid' | 'renew' | 'expired' | 'invalid' {
	const { session } = found;
	if (!secretMatches(secret, session.secretHash)) return 'invalid';
	const limit = Math.min(session.expiresAt.getTime(), session.absoluteExpiresAt.getTime());
	if (now.getTime() >= limit) return 'expired';
	return session.expiresAt.getTime() - now.getTime() < SESSION_IDLE_MS - EXTEND_AFTER_MS
		? 'renew'
		: 'valid';
}

export async function validateSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<ValidSession | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const found = await findSessionWithUser(db, parts.id);
	if (!found) return null;
	const verdict = sessionVerdict(found, parts.secret, now);
	if (verdict === 'invalid') return null;
	const { session } = found;
	if (verdict === 'expired') {
		await deleteSession(db, session.id);
		return null;
	}
	if (verdict === 'valid') {
		return { id: session.id, expiresAt: session.expiresAt, renewed: false, user: found.user };
	}
	const expiresAt = new Date(
		Math.min(now.getTime() + SESSION_IDLE_MS, session.absoluteExpiresAt.getTime())
	);
	await extendSession(db, session.id, expiresAt);
	return { id: session.id, expiresAt, renewed: true, user: found.user };
}

/**
 * The found session when it is valid and needs no write (no expiry, no renewal); null otherwise,
 * and the caller then takes the ordinary way, which deletes or renews. For read-only fast paths,
 * which look the session up with whatever else they need in the same query (`find`).
 */
export async function peekSession<Found extends FoundSession>(
	token: string,
	now: Date,
	find: (sessionId: string) => Promise<Found | undefined>
): Promise<Found | null> {
	const parts = splitToken(token);
	const found = parts ? await find(parts.id) : undefined;
	return parts && found && sessionVerdict(found, parts.secret, now) === 'valid' ? found : null;
}

export const invalidateSession = deleteSession;
export const invalidateUserSessions = deleteUserSessions;
