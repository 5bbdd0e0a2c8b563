import { describeUrl, openDatabase, type DatabaseHandle } from './db/client';
import { setDatabase } from './db';
import { readConfig } from './config';
import { seedDemoAccounts } from './seed/demo-accounts';
import { ContentError, formatIssue, getCourse } from './content';

/** Invalid content never reaches learners: the server refuses to start and says why. */
function loadContentOrExit() {
	try {
		const course = getCourse();
		console.log(`[content] version ${course.version}: ${course.modules.length} modules.`);
	} catch (err) {
		if (!(err instanceof ContentError)) throw err;
		console.error('Klasteam will not start: the course content in modules/ has errors.');
		for (const issue of err.issues) console.error(`  ${formatIssue(issue)}`);
		process.exit(1);
	}
}

/**
 * Opens the database, applies migrations and, on a fresh embedded database outside production,
 * seeds the demo accounts. A database that cannot be reached ends the process with one sentence
 * that names the host, never the password.
 */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<DatabaseHandle> {
	const config = readConfig(env);
	loadContentOrExit();
	let handle: DatabaseHandle;
	try {
		handle = await openDatabase({ url: config.databaseUrl, dataDir: config.pgliteDir });
		const applied = await handle.migrate(config.migrationsDir);
		console.log(`[db] ${handle.kind} at ${handle.location}: ${applied} migration(s) applied.`);
	} catch (err) {
		const where = config.databaseUrl ? describeUrl(config.databaseUrl) : config.pgliteDir;
		const code = err instanceof Error && 'code' in err ? ` (${String(err.code)})` : '';
		console.error(
			`Klasteam cannot reach its database at ${where}${code}; check DATABASE_URL and that the server is running.`
		);
		process.exit(1);
	}
	setDatabase(handle);

	if (!config.databaseUrl && !config.production) {
		const created = await seedDemoAccounts(handle.db);
		if (created.length > 0) {
			console.log('Demo accounts created on the embedded database:');
			for (const a of created)
				console.log(`  ${a.role.padEnd(8)} ${a.email}  password: ${a.password}`);
		}
	}
	process.once('sveltekit:shutdown', () => {
		void handle.close();
	});
	return handle;
}
