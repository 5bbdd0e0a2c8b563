import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { E2E_USERS, type E2EUser } from './users';

let addressCounter = 0;

/** A client address of its own per test: the server reads it from X-Forwarded-For. */
function nextAddress(workerIndex: number): string {
	addressCounter++;
	return `10.${workerIndex % 250}.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

let learnerCounter = 0;

export const test = base.extend<{
	clientAddress: string;
	loginAs: (user: E2EUser) => Promise<void>;
	/** Registers a brand-new learner through the form and stays logged in; returns the e-mail. */
	newLearner: (name?: string) => Promise<string>;
}>({
	// eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
	clientAddress: async ({}, use, testInfo) => {
		await use(nextAddress(testInfo.workerIndex));
	},
	extraHTTPHeaders: async ({ clientAddress }, use) => {
		await use({ 'x-forwarded-for': clientAddress });
	},
	loginAs: async ({ page }, use) => {
		await use(async (user) => {
			const { email, password } = E2E_USERS[user];
			await page.goto('/inloggen');
			await page.getByLabel('E-mailadres').fill(email);
			await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
			await page.getByRole('button', { name: 'Inloggen' }).click();
			await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
		});
	},
	newLearner: async ({ page }, use, testInfo) => {
		await use(async (name = 'Lena Leerder') => {
			learnerCounter++;
			const email = `learner-${testInfo.workerIndex}-${Date.now()}-${learnerCounter}@e2e.test`;
			await page.goto('/registreren');
			await page.getByLabel('Naam').fill(name);
			await page.getByLabel('E-mailadres').fill(email);
			await page.getByLabel('Wachtwoord').fill('negen vlinders in de tuin');
			await page.getByRole('button', { name: 'Account maken' }).click();
			await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
			return email;
		});
	}
});

export { expect };

/** WCAG 2.2 AA, zero violations allowed. */
export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
