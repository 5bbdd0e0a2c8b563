import { test, expect } from '../support/fixtures';
import { E2E_USERS } from '../support/users';

test('after 10 failed logins from one address the next is throttled, with the time to wait', async ({
	page
}) => {
	for (let i = 0; i < 10; i++) {
		await page.goto('/inloggen');
		await page.getByLabel('E-mailadres').fill(`onbekend${i}@e2e.test`);
		await page.getByLabel('Wachtwoord').fill('een verkeerd wachtwoord hier');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await expect(page.getByRole('alert')).toContainText('horen niet bij elkaar');
	}
	// Even the right password is refused now, before it is checked.
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(E2E_USERS.trainer.email);
	await page.getByLabel('Wachtwoord').fill(E2E_USERS.trainer.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Te veel mislukte pogingen. Probeer het over 10 minuten opnieuw.'
	);
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toHaveCount(0);
});
