import { beforeEach, describe, expect, it } from 'vitest';
import {
	cachedPage,
	clearPages,
	NAME_MARK,
	pageFor,
	pageResponse,
	storePage,
	withoutNonce,
	type PageKey
} from '../../../src/lib/server/learning/lesson-page-cache';

const key: PageKey = {
	path: '/leren/t/m/les/l',
	locale: 'nl',
	role: 'learner',
	read: false,
	contentVersion: 'v1'
};
const rendered = `<p>${NAME_MARK} · Deelnemer</p><a title="${NAME_MARK}">x</a><main>ë ĳ</main>`;
const headers = new Headers({
	'content-type': 'text/html',
	'content-length': '123',
	etag: '"abc"',
	'set-cookie': 'a=b',
	'content-security-policy': "script-src 'self' 'nonce-AbC+/1=='; object-src 'none'",
	link: '<./app.css>; rel="preload"; as="style"'
});

describe('lesson page cache', () => {
	beforeEach(() => clearPages());

	it('puts the reader’s name in every place of the marker, escaped for text and attributes', () => {
		const page = storePage(key, rendered, headers);
		const html = pageFor(page, 'Sam <b>Vet</b> & "Co" \'s').toString('utf8');
		const escaped = 'Sam &lt;b&gt;Vet&lt;/b&gt; &amp; &quot;Co&quot; &#39;s';
		expect(html).toBe(`<p>${escaped} · Deelnemer</p><a title="${escaped}">x</a><main>ë ĳ</main>`);
		expect(html).not.toContain(NAME_MARK);
	});

	it('keeps only the page’s own headers, without length, entity tag, cookie or nonce', () => {
		const page = storePage(key, rendered, headers);
		expect(Object.fromEntries(page.headers)).toEqual({
			'content-type': 'text/html',
			'content-security-policy': "script-src 'self'; object-src 'none'",
			link: '<./app.css>; rel="preload"; as="style"'
		});
	});

	it('answers with the length of the reader’s page in bytes', async () => {
		const response = pageResponse(storePage(key, rendered, headers), 'Zoë');
		const body = new Uint8Array(await response.arrayBuffer());
		expect(response.headers.get('content-length')).toBe(String(body.byteLength));
		expect(new TextDecoder().decode(body)).toContain('Zoë · Deelnemer');
	});

	it('keeps pages apart by read state, language, role, content version and path', () => {
		storePage(key, rendered, headers);
		expect(cachedPage(key)).toBeDefined();
		for (const other of [
			{ read: true },
			{ locale: 'en' },
			{ role: 'trainer' },
			{ contentVersion: 'v2' },
			{ path: '/leren/t/m/les/other' }
		]) {
			expect(cachedPage({ ...key, ...other }), JSON.stringify(other)).toBeUndefined();
		}
	});

	it('drops every nonce from a policy and leaves the rest as it was', () => {
		expect(withoutNonce("script-src 'self' 'nonce-a1'; style-src 'nonce-b2' 'self'")).toBe(
			"script-src 'self'; style-src 'self'"
		);
		expect(withoutNonce("default-src 'self'")).toBe("default-src 'self'");
	});

	it('uses a marker that Svelte leaves as it is: letters and digits only', () => {
		expect(NAME_MARK).toMatch(/^[a-z0-9]{30,}$/);
	});
});
