import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../client';
import { session, user, type Session } from '../schema';
import type { PublicUser } from './users';

export async function insertSession(db: Database, values: typeof session.$inferInsert) {
	await db.insert(session).values(values);
}

export async function findSessionWithUser(
	db: Database,
	id: string
): Promise<{ session: Session; user: PublicUser } | undefined> {
	const rows = await db
		.select({
			session,
			user: { id: user.id, email: user.email, name: user.name, role: user.role }
		})
		.from(session)
		.innerJoin(user, eq(session.userId, user.id))
		.where(eq(session.id, id))
		.limit(1);
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
