import type { Database } from '../../src/lib/server/db/client';
import { user } from '../../src/lib/server/db/schema';
import type { Role } from '../../src/lib/roles';

// The one way database tests create a user straight in the table: ids and e-mails are unique
// within a run, and the password hash is a placeholder (these users never log in).

let counter = 0;

export async function insertTestUser(
	db: Database,
	options: { name?: string; role?: Role } = {}
): Promise<string> {
	const id = `u-${Date.now().toString(36)}-${++counter}`;
	await db.insert(user).values({
		id,
		email: `${id}@test.nl`,
		name: options.name ?? `Gebruiker ${id}`,
		passwordHash: 'x',
		role: options.role ?? 'learner'
	});
	return id;
}
