import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface RouteEntry {
	/** URL path with parameters filled in. */
	path: string;
	/** The route id as in src/routes, e.g. /opleider/groepen/[id]. */
	id: string;
	page: boolean;
	actions: string[];
	/** Methods exported by a +server.ts. */
	endpoints: string[];
}

const ROUTES = path.resolve('src/routes');

/** Every route below the given prefixes, read from the file system: a new route is never missed. */
export function discoverRoutes(prefixes: string[], params: Record<string, string>): RouteEntry[] {
	const entries: RouteEntry[] = [];
	for (const prefix of prefixes) walk(path.join(ROUTES, prefix), entries, params);
	return entries;
}

function walk(dir: string, entries: RouteEntry[], params: Record<string, string>) {
	if (!existsSync(dir)) return;
	const files = readdirSync(dir, { withFileTypes: true });
	const names = new Set(files.filter((f) => f.isFile()).map((f) => f.name));
	const id =
		'/' +
		path
			.relative(ROUTES, dir)
			.split(path.sep)
			.filter((s) => !/^\(.*\)$/.test(s))
			.join('/');
	const page = names.has('+page.svelte') || names.has('+page.server.ts');
	const actions = names.has('+page.server.ts')
		? actionNames(path.join(dir, '+page.server.ts'))
		: [];
	const endpoints = names.has('+server.ts') ? endpointMethods(path.join(dir, '+server.ts')) : [];
	if (page || endpoints.length > 0)
		entries.push({ id, path: fill(id, params), page, actions, endpoints });
	for (const sub of files.filter((f) => f.isDirectory()))
		walk(path.join(dir, sub.name), entries, params);
}

function fill(id: string, params: Record<string, string>): string {
	return id.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
		const value = params[name];
		if (!value) throw new Error(`The access matrix has no value for [${name}] in ${id}: add one.`);
		return value;
	});
}

/** Names of the form actions: the keys of `export const actions = { … }`. */
function actionNames(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const start = source.indexOf('export const actions');
	if (start < 0) return [];
	const body = source.slice(start);
	const names = [...body.matchAll(/^\t(\w+):\s*async|^\t(\w+)\s*\(|^\t(\w+),$/gm)].map(
		(m) => m[1] ?? m[2] ?? m[3] ?? ''
	);
	return [...new Set(names.filter(Boolean))];
}

function endpointMethods(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const methods = [
		...source.matchAll(
			/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g
		)
	];
	return [...new Set(methods.map((m) => m[1] ?? ''))];
}
