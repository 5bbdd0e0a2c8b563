import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { session } from '../../src/lib/server/db/schema';
import { registerUser } from '../../src/lib/server/auth/accounts';
import {
	SESSION_ABSOLUTE_MS,
	SESSION_IDLE_MS,
	createSession,
	peekSession,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { findSessionWithUser } from '../../src/lib/server/db/queries/sessions';
import { freshDatabase } from './fresh-database';

const DAY = 86_400_000;

describe('sessions', () => {
	let handle: DatabaseHandle;
	let userId: string;
	beforeAll(async () => {
		handle = await freshDatabase();
		const r = await registerUser(handle.db, {
			email: 'session@school.nl',
			name: 'Sessie',
			password: 'lange zin met losse woorden'
		});
		if (!r.ok) throw new Error(r.reason);
		userId = r.user.id;
	});
	afterAll(() => handle.close());

	it('expires after the idle timeout and deletes the row', async () => {
		const start = new Date('2026-01-01T12:00:00Z');
		const { token } = await createSession(handle.db, userId, start);
		const id = token.split('.')[0]!;
		expect(
			await validateSessionToken(
				handle.db,
				token,
				new Date(start.getTime() + SESSION_IDLE_MS - 1000)
			)
		).not.toBeNull();
		// validation above extended it; jump past the new idle limit
		const later = new Date(start.getTime() + 2 * SESSION_IDLE_MS);
		expect(await validateSessionToken(handle.db, token, later)).toBeNull();
		expect(await handle.db.select().from(session).where(eq(session.id, id))).toHaveLength(0);
	});

	it('slides while used, but never past the absolute lifetime', async () => {
		const start = new Date('2026-02-01T12:00:00Z');
		const { token } = await createSession(handle.db, userId, start);
		let now = start;
		// Use it every 5 days: idle never reached, but the absolute cap ends it.
		while (now.getTime() + 5 * DAY < start.getTime() + SESSION_ABSOLUTE_MS) {
			now = new Date(now.getTime() + 5 * DAY);
			const valid = await validateSessionToken(handle.db, token, now);
			expect(valid).not.toBeNull();
			expect(valid!.expiresAt.getTime()).toBeLessThanOrEqual(start.getTime() + SESSION_ABSOLUTE_MS);
		}
		const past = new Date(start.getTime() + SESSION_ABSOLUTE_MS + 1000);
		expect(await validateSessionToken(handle.db, token, past)).toBeNull();
	});

	it('rejects malformed tokens without touching the database', async () => {
		for (const bad of ['', 'abc', 'a.b.c', '.secret', 'id.']) {
			expect(await validateSessionToken(handle.db, bad)).toBeNull();
		}
	});

	it('renews the cookie only when the expiry moves on, at most once an hour', async () => {
		const start = new Date('2026-03-01T12:00:00Z');
		const { token } = await createSession(handle.db, userId, start);
		const soon = await validateSessionToken(handle.db, token, new Date(start.getTime() + 60_000));
		expect(soon).toMatchObject({ renewed: false });
		const later = new Date(start.getTime() + 2 * 60 * 60 * 1000);
		const renewed = await validateSessionToken(handle.db, token, later);
		expect(renewed).toMatchObject({ renewed: true });
		expect(renewed!.expiresAt.getTime()).toBe(later.getTime() + SESSION_IDLE_MS);
	});

	it('peeks at a session only while it needs no write: never renews, ends or accepts a bad secret', async () => {
		const start = new Date('2026-04-01T12:00:00Z');
		const { token } = await createSession(handle.db, userId, start);
		const id = token.split('.')[0]!;
		const peek = (t: string, now: Date) =>
			peekSession(t, now, (sessionId) => findSessionWithUser(handle.db, sessionId));
		const row = async () => (await handle.db.select().from(session).where(eq(session.id, id)))[0];
		const peeked = await peek(token, new Date(start.getTime() + 60_000));
		expect(peeked).toMatchObject({ session: { id }, user: { id: userId, name: 'Sessie' } });

		// Due for renewal, or past its end: the ordinary way must handle it, so no answer here,
		// and the row is left as it was.
		const before = await row();
		expect(await peek(token, new Date(start.getTime() + 2 * 3_600_000))).toBeNull();
		expect(await peek(token, new Date(start.getTime() + 2 * SESSION_IDLE_MS))).toBeNull();
		expect(await row()).toEqual(before);

		expect(await peek(`${id}.wrongsecret`, start)).toBeNull();
		expect(await peek('malformed', start)).toBeNull();
	});
});
