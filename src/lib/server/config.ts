import path from 'node:path';

/**
 * Server configuration, read once from the environment. Scripts and the app share it, so it
 * reads `process.env` rather than `$env` (which only exists inside a SvelteKit build).
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env) {
	return {
		databaseUrl: env.DATABASE_URL || undefined,
		pgliteDir: path.resolve(env.PGLITE_DATA_DIR || 'data/pglite'),
		production: env.NODE_ENV === 'production',
		migrationsDir: path.resolve(env.MIGRATIONS_DIR || 'migrations')
	};
}

export type Config = ReturnType<typeof readConfig>;
