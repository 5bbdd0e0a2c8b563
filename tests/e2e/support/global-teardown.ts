import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../src/lib/server/db/client';
import { adminUrl } from '../../db/server-urls';
import { e2eDatabaseName } from './users';

/** Drops the run's server database; PGlite folders live in the OS temp dir. */
export default async function teardown() {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) return;
	const admin = await openDatabase({ url: adminUrl(serverUrl), poolSize: 1 });
	await admin.db.execute(sql.raw(`drop database if exists ${e2eDatabaseName()} with (force)`));
	await admin.close();
}
