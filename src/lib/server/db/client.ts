import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

/** One type for both drivers: domain code never knows which one it runs on. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
	db: Database;
	kind: 'postgres' | 'pglite';
	/** Where the data lives, safe to print: a host name or a folder, never a password. */
	location: string;
	migrate(migrationsFolder: string): Promise<number>;
	/** PGlite only: the whole data folder as a tarball (tests start from one migrated copy). */
	dump?: () => Promise<Blob>;
	close(): Promise<void>;
}

export interface DatabaseOptions {
	url?: string;
	/** PGlite data folder; `memory://` or undefined keeps it in memory. */
	dataDir?: string;
	/** A PGlite data dump to start from (tests load one migrated template). */
	loadDataDir?: Blob | File;
	poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
	return options.url ? openPostgres(options.url, options.poolSize) : openPglite(options);
}

export function describeUrl(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}`;
	} catch {
		return 'an unreadable DATABASE_URL';
	}
}

async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
	const { default: pg } = await import('pg');
	const { drizzle } = await import('drizzle-orm/node-postgres');
	const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
	// Without this handler an idle client that loses its server (a restart) kills the process.
	pool.on('error', (err) => console.error(`[db] idle connection lost: ${err.message}`));
	const db = drizzle(pool, { schema }) as unknown as Database;
	return {
		db,
		kind: 'postgres',
		location: describeUrl(url),
		async migrate(migrationsFolder) {
			const { migrate } = await import('drizzle-orm/node-postgres/migrator');
			return countApplied(db, () => migrate(db as never, { migrationsFolder }));
		},
		close: () => pool.end()
	};
}

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const dataDir = options.dataDir && options.dataDir !== 'memory://' ? options.dataDir : undefined;
	// PGlite creates only the last folder of its path.
	if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
	const client = new PGlite({ dataDir, loadDataDir: options.loadDataDir });
	await client.waitReady;
	const db = drizzle(client, { schema }) as unknown as Database;
	return {
		db,
		kind: 'pglite',
		location: dataDir ?? 'memory',
		async migrate(migrationsFolder) {
			const { migrate } = await import('drizzle-orm/pglite/migrator');
			return countApplied(db, () => migrate(db as never, { migrationsFolder }));
		},
		dump: async () => client.dumpDataDir('gzip'),
		close: () => client.close()
	};
}

async function countApplied(db: Database, run: () => Promise<void>): Promise<number> {
	const before = await appliedMigrations(db);
	await run();
	return (await appliedMigrations(db)) - before;
}

/** Rows in drizzle's own bookkeeping table (0 before the first migration). */
export async function appliedMigrations(db: Database): Promise<number> {
	const { sql } = await import('drizzle-orm');
	const exists = rowsOf(
		await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') as t`)
	);
	if (!exists[0]?.t) return 0;
	const counted = rowsOf(
		await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
	);
	return Number(counted[0]?.n ?? 0);
}

/** Both drivers put result rows under `rows`; nothing else about their results is shared. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
	if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) {
		return result.rows;
	}
	return [];
}
