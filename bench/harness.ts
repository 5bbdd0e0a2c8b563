// Shared pieces of the benchmarks: start the built server, log in, run autocannon, watch memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { SERVER_NODE_OPTIONS } from '../scripts/server-options.js';

export interface Server {
	child: ChildProcess;
	origin: string;
	maxRssMb: () => number;
	currentRssMb: () => number;
	/** The highest resident memory since the last call (or the start), then starts again. */
	takePeakRssMb: () => number;
	/** CPU time the server process has used so far, in milliseconds. */
	cpuMs: () => number;
	stop: () => Promise<void>;
}

/**
 * Starts `node build` on the given database as `npm start` would (its Node options), pinned to
 * core 0 when taskset exists.
 */
export async function startServer(databaseUrl: string, port = 4300): Promise<Server> {
	const origin = `http://127.0.0.1:${port}`;
	const build = path.resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(path.join(build, 'index.js')))
		throw new Error('No build: run `npx vite build` first.');
	// The options `npm start` uses, then BENCH_NODE_ARGS: more flags for the server's node, e.g.
	// "--cpu-prof --cpu-prof-dir=prof".
	const { child, stop } = await startPinnedNode(
		[
			...SERVER_NODE_OPTIONS,
			...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
			build
		],
		{
			DATABASE_URL: databaseUrl,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			NODE_ENV: 'production',
			// Each virtual user logs in from its own address, so throttling stays out of the figures.
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1'
		}
	);
	let maxRss = 0;
	let peakSince = 0;
	const timer = setInterval(() => {
		const now = rssMb(child.pid);
		maxRss = Math.max(maxRss, now);
		peakSince = Math.max(peakSince, now);
	}, 100);
	return {
		child,
		origin,
		maxRssMb: () => Math.max(maxRss, rssMb(child.pid)),
		currentRssMb: () => rssMb(child.pid),
		cpuMs: () => cpuMs(child.pid),
		takePeakRssMb: () => {
			const peak = Math.max(peakSince, rssMb(child.pid));
			peakSince = 0;
			return peak;
		},
		stop: async () => {
			clearInterval(timer);
			await stop();
		}
	};
}

/**
 * Starts `node` with these arguments, pinned to core 0 when taskset exists, and waits until it
 * prints "Listening on". A benchmark that fails halfway must not leave it holding the port.
 */
async function startPinnedNode(nodeArgs: string[], env: Record<string, string> = {}) {
	const pinned = existsSync('/usr/bin/taskset');
	const child = spawn(
		pinned ? 'taskset' : process.execPath,
		pinned ? ['-c', '0', process.execPath, ...nodeArgs] : nodeArgs,
		{ env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	process.once('exit', () => child.kill());
	await new Promise<void>((resolve, reject) => {
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Listening on')) resolve();
		});
		child.once('exit', (code) => reject(new Error(`node ${nodeArgs.at(-1)} exited with ${code}`)));
	});
	const stop = async () => {
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	};
	return { child, stop };
}

/**
 * A plain Node `http` server answering every request with `html` from memory: the floor the
 * lesson page is compared with. Its own process, pinned to core 0 like the app, so that it does
 * not share a thread with autocannon.
 */
export async function startPlainServer(html: string, port = 4301) {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'klasteam-plain-')), 'page.html');
	writeFileSync(file, html);
	const script = `
		const body = require('node:fs').readFileSync(${JSON.stringify(file)});
		require('node:http').createServer((req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(body);
		}).listen(${port}, '127.0.0.1', () => console.log('Listening on ${port}'));`;
	const { stop } = await startPinnedNode(['-e', script]);
	return { url: `http://127.0.0.1:${port}/`, stop };
}

/** User and system CPU time of a process, from /proc (clock ticks of 10 ms). */
function cpuMs(pid: number | undefined): number {
	if (!pid) return 0;
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return 0;
	}
}

/** Resident memory of the server process (the node child of taskset, when pinned). */
function rssMb(pid: number | undefined): number {
	if (!pid) return 0;
	const read = (p: number) => {
		try {
			const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
			return match ? Number(match[1]) / 1024 : 0;
		} catch {
			return 0;
		}
	};
	return read(pid);
}

export async function logIn(origin: string, email: string, password: string, address = '10.1.0.1') {
	const response = await fetch(`${origin}/inloggen`, {
		method: 'POST',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': address
		},
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = response.headers.get('set-cookie')?.split(';')[0];
	if (response.status !== 303 || !cookie)
		throw new Error(`login failed for ${email}: ${response.status}`);
	return cookie;
}

export interface Figures {
	name: string;
	requestsPerSecond: number;
	p50: number;
	p99: number;
	errors: number;
	/** Responses per status code, e.g. "303: 9980". */
	statuses: string;
}

export async function load(name: string, options: autocannon.Options): Promise<Figures> {
	const result = await autocannon({ connections: 50, duration: 10, ...options });
	return {
		name,
		requestsPerSecond: Math.round(result.requests.average),
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts,
		statuses: Object.entries(result.statusCodeStats ?? {})
			.map(([code, { count }]) => `${code}: ${count ?? 0}`)
			.join(', ')
	};
}

export function printTable(rows: Figures[]) {
	console.log('\n| scenario | req/s | p50 ms | p99 ms | errors | responses |');
	console.log('|---|---|---|---|---|---|');
	for (const r of rows) {
		console.log(
			`| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.statuses} |`
		);
	}
}
