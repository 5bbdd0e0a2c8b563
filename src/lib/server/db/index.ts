import type { Database, DatabaseHandle } from './client';

/**
 * The process-wide database, opened once by the server's `init` hook. Domain code receives the
 * `Database` as an argument; only routes and hooks reach for this.
 */
let current: DatabaseHandle | undefined;

export function setDatabase(handle: DatabaseHandle) {
	current = handle;
}

export function getDb(): Database {
	if (!current) throw new Error('The database has not been opened yet.');
	return current.db;
}

export function getDatabaseHandle(): DatabaseHandle | undefined {
	return current;
}
