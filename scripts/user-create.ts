// npm run user:create -- --email a@b.nl --name "Ada" --role admin
// The password comes from KLASTEAM_PASSWORD or an interactive prompt: never from the command
// line, where it would end up in shell history and the process list.
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { ROLES, isRole } from '../src/lib/roles';
import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';
import { registerUser } from '../src/lib/server/auth/accounts';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

async function promptHidden(question: string): Promise<string> {
	if (!process.stdin.isTTY) fail('No password: set KLASTEAM_PASSWORD or run this in a terminal.');
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
	const output = rl as unknown as { _writeToOutput: (s: string) => void };
	process.stdout.write(question);
	output._writeToOutput = () => {}; // do not echo what is typed
	const answer = await new Promise<string>((resolve) => rl.question('', resolve));
	rl.close();
	process.stdout.write('\n');
	return answer;
}

const { values } = parseArgs({
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		role: { type: 'string', default: 'learner' },
		password: { type: 'string' }
	}
});
if (values.password)
	fail('Do not pass a password on the command line; use KLASTEAM_PASSWORD or the prompt.');
if (!values.email || !values.name)
	fail(
		'Usage: npm run user:create -- --email <e-mail> --name <name> [--role learner|trainer|admin]'
	);
const role = values.role;
if (!isRole(role)) fail(`--role must be one of: ${ROLES.join(', ')}`);

const password =
	process.env.KLASTEAM_PASSWORD ?? (await promptHidden('Password (at least 15 characters): '));
const config = readConfig();
const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.pgliteDir });
try {
	await handle.migrate(config.migrationsDir);
	const result = await registerUser(handle.db, {
		email: values.email,
		name: values.name,
		password,
		role
	});
	if (!result.ok) fail(`Not created: ${result.reason}.`);
	console.log(
		`Created ${result.user.role} ${result.user.email} (${handle.kind} at ${handle.location}).`
	);
} finally {
	await handle.close();
}
