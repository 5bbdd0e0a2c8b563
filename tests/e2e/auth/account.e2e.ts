import { test, expect, expectAccessible } from '../support/fixtures';

test('register, log out, log in, change password; the other session ends', async ({
	page,
	browser,
	clientAddress
}) => {
	const email = `nieuw-${Date.now()}-${test.info().workerIndex}@e2e.test`;
	const first = 'lange zomers aan de kust';
	const second = 'korte winters in de bergen';

	await page.goto('/registreren');
	await expectAccessible(page);
	await page.getByLabel('Naam').fill('Nina Nieuw');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill('welkom2026welkom');
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page.getByText('te makkelijk te raden')).toBeVisible();
	// what was typed survives the refusal
	await expect(page.getByLabel('Naam')).toHaveValue('Nina Nieuw');
	await expectAccessible(page);

	await page.getByLabel('Wachtwoord').fill(first);
	await page.getByRole('button', { name: 'Account maken' }).click();
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(first);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

	// A second device logged in as the same user.
	const other = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': clientAddress }
	});
	const otherPage = await other.newPage();
	await otherPage.goto('/inloggen');
	await otherPage.getByLabel('E-mailadres').fill(email);
	await otherPage.getByLabel('Wachtwoord').fill(first);
	await otherPage.getByRole('button', { name: 'Inloggen' }).click();
	await expect(otherPage.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

	await page.goto('/account');
	await expectAccessible(page);
	await page.getByLabel('Huidig wachtwoord').fill('dit is niet het wachtwoord');
	await page.getByLabel('Nieuw wachtwoord').fill(second);
	await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(page.getByText('Je huidige wachtwoord klopt niet.')).toBeVisible();

	await page.getByLabel('Huidig wachtwoord').fill(first);
	await page.getByLabel('Nieuw wachtwoord').fill(second);
	await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(page.getByText('Je wachtwoord is gewijzigd.')).toBeVisible();

	// This tab stays logged in; the other device's session no longer works.
	await page.reload();
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	await otherPage.goto('/account');
	await expect(otherPage).toHaveURL(/\/inloggen\?terug=%2Faccount/);
	await other.close();
});

test('a login error does not reveal whether the account exists', async ({ page }) => {
	const attempt = async (email: string) => {
		await page.goto('/inloggen');
		await page.getByLabel('E-mailadres').fill(email);
		await page.getByLabel('Wachtwoord').fill('een verkeerd wachtwoord hier');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		return page.getByRole('alert').innerText();
	};
	const known = await attempt('leerling@e2e.test');
	const unknown = await attempt('bestaat-niet@e2e.test');
	expect(known).toContain('horen niet bij elkaar');
	expect(unknown).toBe(known);
});
