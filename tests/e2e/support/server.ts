// Starts the built server for the e2e run on a database of its own: a new PGlite folder, or a
// new database on the server named by TEST_DATABASE_URL. Fixture users are seeded first.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../src/lib/server/db/client';
import { registerUser } from '../../../src/lib/server/auth/accounts';
import { adminUrl, databaseUrlFor } from '../../db/server-urls';
import { E2E_COHORTS, E2E_USERS, e2eDatabaseName } from './users';
import { seedMatrix } from './seed-matrix';
import { insertCohort } from '../../../src/lib/server/db/queries/cohorts';
import { seedCertificateFixtures } from '../certificate/seed';

const port = process.env.E2E_PORT ?? '4173';
const serverUrl = process.env.TEST_DATABASE_URL;

if (serverUrl) {
	const name = e2eDatabaseName();
	const admin = await openDatabase({ url: adminUrl(serverUrl), poolSize: 1 });
	await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
	await admin.db.execute(sql.raw(`create database ${name}`));
	await admin.close();
	process.env.DATABASE_URL = databaseUrlFor(serverUrl, name);
} else {
	delete process.env.DATABASE_URL;
	process.env.PGLITE_DATA_DIR = path.join(
		mkdtempSync(path.join(tmpdir(), 'klasteam-e2e-')),
		'pglite'
	);
}

const handle = await openDatabase({
	url: process.env.DATABASE_URL,
	dataDir: process.env.PGLITE_DATA_DIR
});
await handle.migrate(path.resolve('migrations'));
let trainerId = '';
for (const user of Object.values(E2E_USERS)) {
	const result = await registerUser(handle.db, user);
	if (!result.ok) throw new Error(`Seeding ${user.email} failed: ${result.reason}`);
	if (user.email === E2E_USERS.trainer.email) trainerId = result.user.id;
}
for (const [key, group] of Object.entries(E2E_COHORTS)) {
	await insertCohort(handle.db, {
		id: `e2e-${key}`,
		name: group.name,
		trackId: group.trackId,
		joinCode: group.joinCode,
		endsOn: group.endsOn,
		ownerId: trainerId,
		archivedAt: group.archived ? new Date() : null
	});
}
await seedCertificateFixtures(handle.db);
await seedMatrix(handle.db, trainerId);
await handle.close();

Object.assign(process.env, {
	PORT: port,
	HOST: '127.0.0.1',
	ORIGIN: `http://127.0.0.1:${port}`,
	// Each test sends its own X-Forwarded-For, so throttling in one test never blocks another.
	ADDRESS_HEADER: 'x-forwarded-for',
	XFF_DEPTH: '1',
	KLASTEAM_TEST_CLOCK: '1'
});
const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
// A build folder outside the repository has no package.json saying its .js files are modules.
const marker = path.join(buildDir, 'package.json');
if (!existsSync(marker)) writeFileSync(marker, '{ "type": "module" }\n');
await import(pathToFileURL(path.join(buildDir, 'index.js')).href);
