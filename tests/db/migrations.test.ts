import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appliedMigrations, type DatabaseHandle } from '../../src/lib/server/db/client';
import { freshDatabase } from './fresh-database';

interface Journal {
	entries: { idx: number; when: number; tag: string }[];
}
const journal: Journal = JSON.parse(readFileSync('migrations/meta/_journal.json', 'utf8'));

describe('migrations', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	// drizzle silently skips an entry older than the newest applied one.
	it('journal timestamps strictly increase', () => {
		const times = journal.entries.map((e) => e.when);
		expect(times.length).toBeGreaterThan(0);
		for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]!);
	});

	it('every journal entry is applied to a fresh database', async () => {
		expect(await appliedMigrations(handle.db)).toBe(journal.entries.length);
	});

	it('a second run applies nothing', async () => {
		expect(await handle.migrate('migrations')).toBe(0);
	});

	it('every journal entry has its SQL file', () => {
		for (const entry of journal.entries) {
			expect(readFileSync(`migrations/${entry.tag}.sql`, 'utf8').length).toBeGreaterThan(0);
		}
	});
});
