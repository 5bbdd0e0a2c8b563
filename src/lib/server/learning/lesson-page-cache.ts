import { randomBytes } from 'node:crypto';
import { escapeHtml } from './lesson-html';

// Whole lesson pages, rendered once and kept per process (docs/decisions/009-lesson-page-cache.md).
// A page differs between learners only in the reader's name in the header; everything else is
// decided by the page's address, the language, the reader's role and whether the lesson is read.
// So the page is rendered once per such key with a marker where the name goes, and each request
// puts the escaped name in.

/** Letters and digits only, so Svelte's escaping leaves it as it is; random per process. */
export const NAME_MARK = `klasteamname${randomBytes(12).toString('hex')}`;

export interface PageKey {
	/** Path without a query string: the page's own links are built from it. */
	path: string;
	locale: string;
	role: string;
	read: boolean;
	contentVersion: string;
}

export interface CachedPage {
	/** The page's bytes around each NAME_MARK, encoded once. */
	parts: Buffer[];
	headers: [string, string][];
}

/** Every key comes from a real lesson, so the cache is bounded by the course; this is a guard. */
const MAX_PAGES = 2000;
const pages = new Map<string, CachedPage>();

const keyOf = (key: PageKey) =>
	[key.contentVersion, key.locale, key.role, key.read ? 'read' : 'unread', key.path].join('\n');

export function cachedPage(key: PageKey): CachedPage | undefined {
	return pages.get(keyOf(key));
}

/**
 * Headers worth keeping. The security headers are set for every response by the hooks around
 * this one; the length and the entity tag are the page's with the marker, not the reader's.
 */
const KEPT_HEADERS = new Set([
	'content-type',
	'content-security-policy',
	'link',
	'x-sveltekit-page'
]);

/**
 * Keeps a page rendered with NAME_MARK as the reader's name. The CSP's nonce is dropped: the page
 * has no scripts (csr = false), and a nonce must never be sent twice.
 */
export function storePage(key: PageKey, html: string, headers: Headers): CachedPage {
	const kept: [string, string][] = [];
	for (const [name, value] of headers) {
		if (!KEPT_HEADERS.has(name)) continue;
		kept.push([name, name === 'content-security-policy' ? withoutNonce(value) : value]);
	}
	const page = { parts: html.split(NAME_MARK).map((part) => Buffer.from(part)), headers: kept };
	if (pages.size >= MAX_PAGES) pages.clear();
	pages.set(keyOf(key), page);
	return page;
}

export function withoutNonce(csp: string): string {
	return csp.replace(/ ?'nonce-[^']*'/g, '');
}

/** The page for one reader: the name escaped for text and attributes alike. */
export function pageFor(page: CachedPage, name: string): Buffer {
	const escaped = Buffer.from(escapeHtml(name));
	const chunks: Buffer[] = [];
	page.parts.forEach((part, i) => {
		if (i > 0) chunks.push(escaped);
		chunks.push(part);
	});
	return Buffer.concat(chunks);
}

/** A response with the page for one reader; with its length, so it is sent in one piece. */
export function pageResponse(page: CachedPage, name: string): Response {
	const body = pageFor(page, name);
	const headers = new Headers(page.headers);
	headers.set('content-length', String(body.length));
	// Buffer.concat always allocates a fresh ArrayBuffer; its type does not say so.
	return new Response(body as Uint8Array<ArrayBuffer>, { headers });
}

/** For tests: start from an empty cache. */
export function clearPages() {
	pages.clear();
}
