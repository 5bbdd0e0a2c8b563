import type { Database } from '../db/client';
import { countUsers } from '../db/queries/users';
import type { Role } from '../db/schema';
import { registerUser } from '../auth/accounts';

/** Known demo accounts for a fresh embedded database; never created on a server database. */
export const DEMO_ACCOUNTS: { email: string; name: string; password: string; role: Role }[] = [
	{
		email: 'deelnemer@klasteam.test',
		name: 'Demi Deelnemer',
		password: 'rode fiets onder de boom',
		role: 'learner'
	},
	{
		email: 'opleider@klasteam.test',
		name: 'Otto Opleider',
		password: 'blauwe tram langs het kanaal',
		role: 'trainer'
	},
	{
		email: 'beheerder@klasteam.test',
		name: 'Bea Beheerder',
		password: 'groene thee in de middag',
		role: 'admin'
	}
];

/** Seeds only an empty database; returns the accounts it created. */
export async function seedDemoAccounts(db: Database) {
	if ((await countUsers(db)) > 0) return [];
	const created = [];
	for (const account of DEMO_ACCOUNTS) {
		const result = await registerUser(db, account);
		if (!result.ok) throw new Error(`Demo account ${account.email}: ${result.reason}`);
		created.push(account);
	}
	return created;
}
