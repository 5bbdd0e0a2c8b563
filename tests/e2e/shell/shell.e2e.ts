import { test, expect, expectAccessible } from '../support/fixtures';

test('the language switch changes the UI and the lang attribute', async ({ page }) => {
	await page.goto('/inloggen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
	await expect(page).toHaveURL(/\/inloggen$/);
	await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
});

test('a missing page gets a Dutch 404 without technical details', async ({ page }) => {
	const response = await page.goto('/bestaat/niet');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/Error|at .*\.js|stack/i);
	await expectAccessible(page);
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('the home page says what Klasteam is, for both audiences, in one screen', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Klasteam');
	const teachers = page.getByRole('heading', { name: 'Voor pabostudenten en leraren' });
	const assistants = page.getByRole('heading', { name: 'Voor mbo- en Ad-studenten' });
	await expect(teachers).toBeInViewport();
	await expect(assistants).toBeInViewport();
	await expectAccessible(page);
});
