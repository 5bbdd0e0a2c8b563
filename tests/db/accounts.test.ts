import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { session, user, loginThrottle } from '../../src/lib/server/db/schema';
import {
	changePassword,
	changeRole,
	logIn,
	registerUser
} from '../../src/lib/server/auth/accounts';
import { validateSessionToken } from '../../src/lib/server/auth/session';
import { freshDatabase } from './fresh-database';

const PASSWORD = 'paarse wolken boven zee';

describe('accounts', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	async function register(email: string) {
		const result = await registerUser(handle.db, { email, name: 'Sam Test', password: PASSWORD });
		if (!result.ok) throw new Error(result.reason);
		return result.user;
	}

	it('registers with a lower-cased e-mail and an Argon2id hash, never the password', async () => {
		const created = await register('Sam@School.NL');
		const [row] = await handle.db.select().from(user).where(eq(user.id, created.id));
		expect(row?.email).toBe('sam@school.nl');
		expect(row?.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		expect(row?.passwordHash).not.toContain(PASSWORD);
		expect(row?.role).toBe('learner');
	});

	it('refuses a second account for the same address in any case', async () => {
		await register('dup@school.nl');
		const again = await registerUser(handle.db, {
			email: 'DUP@school.nl',
			name: 'Other',
			password: PASSWORD
		});
		expect(again).toEqual({ ok: false, reason: 'email-taken' });
	});

	it('refuses weak passwords before storing anything', async () => {
		const weak = await registerUser(handle.db, {
			email: 'weak@school.nl',
			name: 'Weak',
			password: 'welkom2026welkom!'
		});
		expect(weak).toEqual({ ok: false, reason: 'context' });
		const rows = await handle.db.select().from(user).where(eq(user.email, 'weak@school.nl'));
		expect(rows).toHaveLength(0);
	});

	it('logs in, stores only a hash of the session secret, and the token validates', async () => {
		await register('login@school.nl');
		const result = await logIn(handle.db, {
			email: 'LOGIN@school.nl',
			password: PASSWORD,
			address: '10.0.0.1'
		});
		if (!result.ok) throw new Error('login failed');
		const [id, secret] = result.token.split('.');
		const [row] = await handle.db.select().from(session).where(eq(session.id, id!));
		expect(row?.secretHash).toMatch(/^[0-9a-f]{64}$/);
		expect(row?.secretHash).not.toContain(secret!);
		const valid = await validateSessionToken(handle.db, result.token);
		expect(valid?.user.email).toBe('login@school.nl');
		expect(await validateSessionToken(handle.db, `${id}.wrongsecret`)).toBeNull();
	});

	it('answers an unknown account exactly like a wrong password', async () => {
		await register('known@school.nl');
		const unknown = await logIn(handle.db, {
			email: 'nobody@school.nl',
			password: PASSWORD,
			address: '10.0.0.2'
		});
		const wrong = await logIn(handle.db, {
			email: 'known@school.nl',
			password: 'niet het goede wachtwoord',
			address: '10.0.0.3'
		});
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
		expect(wrong).toEqual(unknown);
	});

	it('blocks an address for 10 minutes after 10 failures, even for the right password', async () => {
		await register('target@school.nl');
		const now = new Date('2026-11-01T10:00:00Z');
		for (let i = 0; i < 10; i++) {
			const r = await logIn(
				handle.db,
				{ email: 'target@school.nl', password: `fout wachtwoord ${i} x`, address: '10.9.9.9' },
				now
			);
			expect(r).toEqual({ ok: false, reason: 'invalid' });
		}
		const blocked = await logIn(
			handle.db,
			{ email: 'target@school.nl', password: PASSWORD, address: '10.9.9.9' },
			now
		);
		expect(blocked).toEqual({
			ok: false,
			reason: 'throttled',
			until: new Date('2026-11-01T10:10:00Z')
		});
		const otherAddress = await logIn(
			handle.db,
			{ email: 'target@school.nl', password: PASSWORD, address: '10.9.9.8' },
			now
		);
		expect(otherAddress.ok).toBe(true);
		const later = await logIn(
			handle.db,
			{ email: 'target@school.nl', password: PASSWORD, address: '10.9.9.9' },
			new Date('2026-11-01T10:10:01Z')
		);
		expect(later.ok).toBe(true);
	});

	it('blocks an account after 100 failures within an hour, from any address', async () => {
		await register('victim@school.nl');
		const now = new Date('2026-11-02T08:00:00Z');
		await handle.db
			.insert(loginThrottle)
			.values({ key: 'account:victim@school.nl', failures: 99, windowStartedAt: now });
		const hundredth = await logIn(
			handle.db,
			{ email: 'victim@school.nl', password: 'nog een verkeerde gok', address: '10.1.1.1' },
			now
		);
		expect(hundredth.ok).toBe(false);
		const blocked = await logIn(
			handle.db,
			{ email: 'victim@school.nl', password: PASSWORD, address: '10.1.1.2' },
			now
		);
		expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
		const nextHour = await logIn(
			handle.db,
			{ email: 'victim@school.nl', password: PASSWORD, address: '10.1.1.2' },
			new Date('2026-11-02T09:00:01Z')
		);
		expect(nextHour.ok).toBe(true);
	});

	it('a password change needs the current one and ends every other session', async () => {
		const created = await register('change@school.nl');
		const login = (address: string) =>
			logIn(handle.db, { email: 'change@school.nl', password: PASSWORD, address });
		const a = await login('10.2.0.1');
		const b = await login('10.2.0.2');
		if (!a.ok || !b.ok) throw new Error('login failed');
		const current = (await validateSessionToken(handle.db, a.token))!;

		const wrong = await changePassword(handle.db, {
			userId: created.id,
			sessionId: current.id,
			current: 'niet mijn wachtwoord echt',
			next: 'gele bananen in de kast'
		});
		expect(wrong).toEqual({ ok: false, reason: 'wrong-current' });

		const done = await changePassword(handle.db, {
			userId: created.id,
			sessionId: current.id,
			current: PASSWORD,
			next: 'gele bananen in de kast'
		});
		expect(done).toEqual({ ok: true });
		expect(await validateSessionToken(handle.db, a.token)).not.toBeNull();
		expect(await validateSessionToken(handle.db, b.token)).toBeNull();
		const old = await logIn(handle.db, {
			email: 'change@school.nl',
			password: PASSWORD,
			address: '10.2.0.3'
		});
		expect(old.ok).toBe(false);
	});

	it('a role change ends all sessions of that user', async () => {
		const created = await register('promote@school.nl');
		const a = await logIn(handle.db, {
			email: 'promote@school.nl',
			password: PASSWORD,
			address: '10.3.0.1'
		});
		if (!a.ok) throw new Error('login failed');
		expect(await changeRole(handle.db, created.id, 'trainer')).toBe(true);
		expect(await validateSessionToken(handle.db, a.token)).toBeNull();
		const [row] = await handle.db.select().from(user).where(eq(user.id, created.id));
		expect(row?.role).toBe('trainer');
		expect(await changeRole(handle.db, 'no-such-user', 'admin')).toBe(false);
	});
});
