import type { Browser, Page } from '@playwright/test';
import { expect } from '../support/fixtures';
import { E2E_USERS, type E2EUser } from '../support/users';

export const LERAAR = 'ondersteuners-effectief-inzetten';

/** A second person in the same test: a browser context of their own, logged in through the form. */
export async function loginInNewContext(
	browser: Browser,
	clientAddress: string,
	who: E2EUser
): Promise<Page> {
	const context = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': clientAddress }
	});
	const page = await context.newPage();
	const { email, password } = E2E_USERS[who];
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	return page;
}

/**
 * Takes the `functies` quiz once: question 2 (single choice) answered wrong while sure, question 3
 * (true/false) right but guessed; every other question left open.
 */
export async function takeQuizSureButWrong(page: Page) {
	await page.goto(`/leren/${LERAAR}/functies/toets`);
	await page.getByRole('button', { name: /Start de toets|Maak de toets opnieuw/ }).click();
	const second = page.locator('[data-item="functies-02"]');
	await second.getByLabel('De volledige pabo, een hbo-bachelor.').check();
	await second.getByRole('radio', { name: 'Zeker' }).check();
	const third = page.locator('[data-item="functies-03"]');
	await third.getByRole('radio', { name: 'Niet waar' }).check();
	await third.getByRole('radio', { name: 'Gok' }).check();
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Uitslag');
}

/** No sideways scrolling of the page itself (a table may scroll inside its own region). */
export async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}
