import type { Browser, Page } from '@playwright/test';
import { expect } from '../support/fixtures';
import { E2E_USERS, type E2EUser } from '../support/users';

/** A second, logged-in browser context: the trainer watches while a learner works. */
export async function contextAs(browser: Browser, clientAddress: string, user: E2EUser) {
	const context = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': clientAddress }
	});
	const page = await context.newPage();
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(E2E_USERS[user].email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(E2E_USERS[user].password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	return { context, page };
}

export async function joinGroup(page: Page, code: string) {
	await page.goto(`/deelnemen/${code}`);
	await page.getByRole('button', { name: 'Meedoen met deze groep' }).click();
	await expect(page).toHaveURL(/\/leren(\?|$)/);
}

export async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/**
 * A strict reader for the exports' CSV: `;` between cells, CRLF after every row, cells quoted
 * with " when they hold ;, " or a line break. It throws on anything else (a bare LF or CR
 * outside quotes, a stray quote), so the test fails on a malformed file.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (cell === '' && c === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted cell');
				if (text[i] === '"' && text[i + 1] === '"') {
					cell += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else {
					cell += text[i];
					i++;
				}
			}
			const after = text[i];
			if (after !== ';' && after !== '\r') throw new Error(`text after a quoted cell at ${i}`);
			continue;
		}
		if (c === ';') {
			row.push(cell);
			cell = '';
			i++;
		} else if (c === '\r') {
			if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i += 2;
		} else if (c === '\n') {
			throw new Error(`bare LF at ${i}`);
		} else if (c === '"') {
			throw new Error(`stray quote at ${i}`);
		} else {
			cell += c;
			i++;
		}
	}
	if (cell !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
	return rows;
}
