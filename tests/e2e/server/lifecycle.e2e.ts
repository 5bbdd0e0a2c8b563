import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';

// These start their own `node build`, so they need no browser and use their own ports.
function startBuild(env: Record<string, string>): { child: ChildProcess; output: () => string } {
	let output = '';
	const child = spawn(process.execPath, [process.env.BUILD_DIR ?? 'build'], {
		env: { ...process.env, HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

test('an unreachable database stops the start with one sentence naming the host, not the password', async () => {
	const { DATABASE_URL: _omit, ...rest } = process.env;
	void _omit;
	const { child, output } = startBuild({
		...Object.fromEntries(Object.entries(rest).filter((e): e is [string, string] => !!e[1])),
		DATABASE_URL: 'postgres://klasteam:s3cret-pw@127.0.0.1:1/klasteam',
		PORT: '4190'
	});
	const code = await exited(child);
	expect(code).not.toBe(0);
	expect(output()).toContain('cannot reach its database at 127.0.0.1:1');
	expect(output()).not.toContain('s3cret-pw');
	expect(output()).not.toMatch(/^\s+at /m); // no stack trace
});

test('SIGTERM lets in-flight requests finish, closes the database and exits by itself', async () => {
	// A new PGlite database takes several seconds to create, more on a busy two-core machine.
	test.setTimeout(180_000);
	const port = 4191;
	const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'klasteam-sigterm-')), 'pglite');
	const { child, output } = startBuild({
		PORT: String(port),
		ORIGIN: `http://127.0.0.1:${port}`,
		PGLITE_DATA_DIR: dataDir,
		DATABASE_URL: ''
	});
	await expect.poll(() => output(), { timeout: 150_000 }).toContain('Listening on');

	// Logins each take an Argon2 verification, two at a time: once the first answer is back, the
	// others are queued inside the server, truly in flight when SIGTERM arrives.
	const login = () =>
		fetch(`http://127.0.0.1:${port}/inloggen`, {
			method: 'POST',
			headers: {
				origin: `http://127.0.0.1:${port}`,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'email=deelnemer%40klasteam.test&password=rode+fiets+onder+de+boom',
			redirect: 'manual'
		});
	const requests = Array.from({ length: 12 }, login);
	const exit = exited(child);
	await Promise.race(requests);
	child.kill('SIGTERM');
	const statuses = (await Promise.all(requests)).map((r) => r.status);
	expect(statuses).toEqual(Array(12).fill(303));
	const code = await Promise.race([exit, new Promise((r) => setTimeout(() => r('hung'), 15_000))]);
	expect(code).toBe(0);
});

test('the server refuses to start on invalid content and names the file and line', async () => {
	const root = mkdtempSync(path.join(tmpdir(), 'klasteam-badcontent-'));
	cpSync('modules', root, { recursive: true });
	const quiz = path.join(root, '01-functies', 'quiz.yaml');
	writeFileSync(
		quiz,
		readFileSync(quiz, 'utf8').replace('passages: [', 'passages: [geen-passage, ')
	);
	const { child, output } = startBuild({
		PORT: '4192',
		MODULES_DIR: root,
		PGLITE_DATA_DIR: path.join(root, 'db')
	});
	expect(await exited(child)).toBe(1);
	expect(output()).toContain('course content in modules/ has errors');
	expect(output()).toMatch(/01-functies\/quiz\.yaml:\d+: .*geen-passage/);
});
