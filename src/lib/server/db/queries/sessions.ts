import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { prepared } from '../prepared';
import { session, user, type Session } from '../schema';
import { publicUserColumns, type PublicUser } from './users';

export async function insertSession(db: Database, values: typeof session.$inferInsert) {
	await db.insert(session).values(values);
}

export async function findSessionWithUser(
	db: Database,
	id: string
): Promise<{ session: Session; user: PublicUser } | undefined> {
	// Every request with a session cookie runs this, so it is prepared once per database.
	const query = prepared(db, 'session_with_user', (db) =>
		db
			.select({
				session,
				user: publicUserColumns
			})
			.from(session)
			.innerJoin(user, eq(session.userId, user.id))
			.where(eq(session.id, sql.placeholder('id')))
			.limit(1)
			.prepare('session_with_user')
	);
	const rows = await query.execute({ id });
	return rows[0];
}

export async function extendSession(db: Database, id: string, expiresAt: Date) {
	await db.update(session).set({ expiresAt }).where(eq(session.id, id));
}

export async function deleteSession(db: Database, id: string) {
	await db.delete(session).where(eq(session.id, id));
}

/** Ends every session of a user, or every one but `keepId` (the tab that changed the password). */
export async function deleteUserSessions(db: Database, userId: string, keepId?: string) {
	await db
		.delete(session)
		.where(
			keepId ? and(eq(session.userId, userId), ne(session.id, keepId)) : eq(session.userId, userId)
		);
}
