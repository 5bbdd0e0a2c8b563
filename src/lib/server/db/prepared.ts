import type { Database } from './client';

// Prepared statements for the hottest queries (docs/decisions/009-lesson-page-cache.md). Building
// a query with drizzle's builder costs about 90 µs of CPU, more than the round trip itself; a
// prepared query is built once and, on PostgreSQL, parsed once per connection.

const byDatabase = new WeakMap<Database, Map<string, unknown>>();

/**
 * The query that `build` prepares on this database, built on first use. `name` is the
 * statement's name on the server: one name per query text, never reused for another.
 */
export function prepared<Query>(db: Database, name: string, build: (db: Database) => Query): Query {
	let queries = byDatabase.get(db);
	if (!queries) {
		queries = new Map();
		byDatabase.set(db, queries);
	}
	let query = queries.get(name) as Query | undefined;
	if (query === undefined) {
		query = build(db);
		queries.set(name, query);
	}
	return query;
}
