import { test, expect } from '../support/fixtures';
import { E2E_USERS } from '../support/users';
import { CERT_CODES } from './seed';
import { expectAccessibleOnPhone } from './support';

// The public verification page: no login, only name, track and date.

test('a real code shows the name, the track and the date, and nothing else', async ({ page }) => {
	await page.goto(`/certificaat/${CERT_CODES.learner.toLowerCase()}`);
	await expect(page).toHaveURL(`/certificaat/${CERT_CODES.learner}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geldig certificaat');
	const facts = page.locator('dl');
	await expect(facts).toContainText(E2E_USERS.learner.name);
	await expect(facts).toContainText('Ondersteuners effectief inzetten');
	await expect(facts).toContainText('15 juni 2026');
	await expect(facts.locator('dt')).toHaveText(['Naam', 'Leerroute', 'Datum']);
	const main = page.getByRole('main');
	await expect(main).not.toContainText(E2E_USERS.learner.email);
	await expect(main).not.toContainText('uur');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expectAccessibleOnPhone(page);
});

test('a code typed in the form, in any case and with spaces, finds the certificate', async ({
	page
}) => {
	await page.goto('/certificaat');
	await expectAccessibleOnPhone(page);
	await page.getByLabel('Verificatiecode').fill(' cert 2345 abcd ');
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page).toHaveURL(`/certificaat/${CERT_CODES.learner}`);
	await expect(page.getByRole('main')).toContainText(E2E_USERS.learner.name);
});

test('something that is no code at all gets a field message and keeps what was typed', async ({
	page
}) => {
	await page.goto('/certificaat');
	await page.getByLabel('Verificatiecode').fill('12345');
	await page.getByRole('button', { name: 'Controleren' }).click();
	await expect(page.getByText('Dit is geen geldige code.')).toBeVisible();
	await expect(page.getByLabel('Verificatiecode')).toHaveValue('12345');
	await expect(page.getByLabel('Verificatiecode')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessibleOnPhone(page);
});

test('an unknown code is "niet gevonden", with no hint of any other certificate', async ({
	page
}) => {
	const response = await page.goto(`/certificaat/${CERT_CODES.unknown}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificaat niet gevonden');
	const main = page.getByRole('main');
	await expect(main).not.toContainText(E2E_USERS.learner.name);
	await expect(main.locator('dl')).toHaveCount(0);
	await expect(page.getByLabel('Verificatiecode')).toBeVisible();
	await expectAccessibleOnPhone(page);
});
