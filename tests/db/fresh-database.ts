import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client';
import { adminUrl, databaseUrlFor } from './server-urls';

/**
 * A migrated database of its own for one test file: a copy of the PGlite dump, or a clone of the
 * server template. `close()` drops the server database again.
 */
export async function freshDatabase(): Promise<DatabaseHandle> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) {
		const dump = readFileSync(inject('pgliteDump'));
		return openDatabase({ loadDataDir: new Blob([dump]) });
	}
	const name = `klasteam_t_${randomBytes(6).toString('hex')}`;
	const admin = await openDatabase({ url: adminUrl(serverUrl), poolSize: 1 });
	await admin.db.execute(sql.raw(`create database ${name} template ${inject('templateDatabase')}`));
	const handle = await openDatabase({ url: databaseUrlFor(serverUrl, name), poolSize: 4 });
	return {
		...handle,
		async close() {
			await handle.close();
			await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
			await admin.close();
		}
	};
}
