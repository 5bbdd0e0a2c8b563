import type { Page } from '@playwright/test';
import { expect, expectAccessible } from '../support/fixtures';

/** Logs in through the form as one of this folder's own seeded learners. */
export async function logInAs(page: Page, user: { email: string; password: string }) {
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(user.email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(user.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
}

/** axe at the current width, then again on a 320 px phone, where nothing may scroll sideways. */
export async function expectAccessibleOnPhone(page: Page) {
	await expectAccessible(page);
	const before = page.viewportSize();
	await page.setViewportSize({ width: 320, height: 800 });
	await expectAccessible(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
	if (before) await page.setViewportSize(before);
}
