import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { user, type Role, type User } from '../schema';

export type PublicUser = Pick<User, 'id' | 'email' | 'name' | 'role'>;

/** The columns of a PublicUser, for every query that returns one. */
export const publicUserColumns = {
	id: user.id,
	email: user.email,
	name: user.name,
	role: user.role
};

export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
	const rows = await db
		.select()
		.from(user)
		.where(eq(sql`lower(${user.email})`, email.toLowerCase()))
		.limit(1);
	return rows[0];
}

export async function findUserById(db: Database, id: string): Promise<User | undefined> {
	const rows = await db.select().from(user).where(eq(user.id, id)).limit(1);
	return rows[0];
}

/** Returns undefined when the e-mail address is taken (the unique index decides, race-free). */
export async function insertUser(
	db: Database,
	values: { id: string; email: string; name: string; passwordHash: string; role: Role }
): Promise<PublicUser | undefined> {
	const rows = await db
		.insert(user)
		.values({ ...values, email: values.email.toLowerCase() })
		.onConflictDoNothing()
		.returning(publicUserColumns);
	return rows[0];
}

export async function updatePasswordHash(db: Database, id: string, passwordHash: string) {
	await db.update(user).set({ passwordHash, updatedAt: new Date() }).where(eq(user.id, id));
}

export async function updateRole(db: Database, id: string, role: Role): Promise<boolean> {
	const rows = await db
		.update(user)
		.set({ role, updatedAt: new Date() })
		.where(eq(user.id, id))
		.returning({ id: user.id });
	return rows.length > 0;
}

export function listUsers(db: Database): Promise<PublicUser[]> {
	return db.select(publicUserColumns).from(user).orderBy(asc(user.name), asc(user.email));
}

export async function countUsers(db: Database): Promise<number> {
	const rows = await db.select({ n: sql<number>`count(*)::int` }).from(user);
	return rows[0]?.n ?? 0;
}
