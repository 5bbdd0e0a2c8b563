// `npm start`: build when the build is missing or older than the sources, then serve it on the
// embedded database (or on DATABASE_URL when set). Listens on 127.0.0.1:3000 unless told otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SERVER_NODE_OPTIONS } from './server-options.js';

const SOURCES = [
	'src',
	'messages',
	'static',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];
const BUILD_MARKER = 'build/handler.js';

function newestMtime(entry) {
	if (!existsSync(entry)) return 0;
	const stat = statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const name of readdirSync(entry)) {
		if (name === 'paraglide') continue; // generated during the build itself
		newest = Math.max(newest, newestMtime(path.join(entry, name)));
	}
	return newest;
}

const built = existsSync(BUILD_MARKER) ? statSync(BUILD_MARKER).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newestMtime))) {
	console.log('Building Klasteam (first start, or the sources changed)…');
	const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT || '3000';
const env = {
	...process.env,
	PORT: port,
	HOST: process.env.HOST || '127.0.0.1',
	ORIGIN: process.env.ORIGIN || `http://localhost:${port}`
};
console.log(`Klasteam starts on ${env.ORIGIN}`);
const server = spawn(process.execPath, [...SERVER_NODE_OPTIONS, 'build'], {
	stdio: 'inherit',
	env
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
