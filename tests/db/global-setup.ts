import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/lib/server/db/client';
import { adminUrl, databaseUrlFor } from './server-urls';

declare module 'vitest' {
	export interface ProvidedContext {
		/** PGlite: a dump of one migrated database; every test file loads its own copy. */
		pgliteDump: string;
		/** PostgreSQL: a migrated template database that each test file clones. */
		templateDatabase: string;
	}
}

const migrationsFolder = path.resolve('migrations');

/**
 * Migrates one database once per run. A failing migration fails the whole run here, loudly:
 * nothing swallows it.
 */
export default async function setup(project: TestProject) {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (serverUrl) {
		const template = `klasteam_tpl_${process.pid}`;
		const admin = await openDatabase({ url: adminUrl(serverUrl), poolSize: 1 });
		const { sql } = await import('drizzle-orm');
		await admin.db.execute(sql.raw(`drop database if exists ${template}`));
		await admin.db.execute(sql.raw(`create database ${template}`));
		const tpl = await openDatabase({ url: databaseUrlFor(serverUrl, template), poolSize: 1 });
		await tpl.migrate(migrationsFolder);
		await tpl.close();
		project.provide('templateDatabase', template);
		project.provide('pgliteDump', '');
		return async () => {
			await admin.db.execute(sql.raw(`drop database if exists ${template} with (force)`));
			await admin.close();
		};
	}

	const dir = mkdtempSync(path.join(tmpdir(), 'klasteam-pglite-'));
	const handle = await openDatabase({});
	await handle.migrate(migrationsFolder);
	const dump = await dumpOf(handle);
	const file = path.join(dir, 'migrated.tar.gz');
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	await handle.close();
	project.provide('pgliteDump', file);
	project.provide('templateDatabase', '');
	return () => rmSync(dir, { recursive: true, force: true });
}

async function dumpOf(handle: Awaited<ReturnType<typeof openDatabase>>): Promise<Blob> {
	if (!handle.dump) throw new Error('PGlite handle cannot dump');
	return handle.dump();
}
