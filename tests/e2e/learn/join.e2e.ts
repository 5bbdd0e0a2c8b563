import { test, expect, expectAccessible } from '../support/fixtures';
import { E2E_COHORTS } from '../support/users';
import { TEACHER_TRACK } from './learn-support';

test('joins a group by code; wrong, ended and archived codes say why and keep what was typed', async ({
	page,
	newLearner
}) => {
	await newLearner('Jonas Groep');
	await page.goto('/leren/deelnemen');
	await expectAccessible(page);
	const code = page.getByLabel('Groepscode');
	const submit = page.getByRole('button', { name: 'Meedoen', exact: true });

	const failures: [string, string][] = [
		['KTAM-234', 'Dit is geen groepscode.'],
		['ZZZZ-9999', 'Deze groepscode kennen we niet.'],
		[E2E_COHORTS.ended.joinCode, 'Deze groep is al afgelopen.'],
		[E2E_COHORTS.archived.joinCode, 'Deze groep is gearchiveerd.']
	];
	for (const [typed, message] of failures) {
		await code.fill(typed);
		await submit.click();
		await expect(page.getByText(message)).toBeVisible();
		await expect(code).toHaveValue(typed);
		await expect(code).toHaveAttribute('aria-invalid', 'true');
	}
	await expectAccessible(page);

	await code.fill(E2E_COHORTS.open.joinCode.toLowerCase().replace('-', ' '));
	await submit.click();
	await expect(page).toHaveURL(/\/leren\?aangemeld=/);
	await expect(page.getByText('Gelukt: je doet nu mee met je groep.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: TEACHER_TRACK.title })).toBeVisible();
	await expect(page.getByText(`Je groep: ${E2E_COHORTS.open.name}`)).toBeVisible();
	await expectAccessible(page);
});

test('a join link brings an anonymous visitor through registration and back into the group', async ({
	page
}) => {
	const link = `/deelnemen/${E2E_COHORTS.open.joinCode}`;
	await page.goto(link);
	await expect(page.getByText(`de groep ‘${E2E_COHORTS.open.name}’`)).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('main').getByRole('link', { name: 'Account maken' }).click();
	await expect(page).toHaveURL(/\/registreren\?terug=%2Fdeelnemen%2FKTAM-2345/);
	await page.getByLabel('Naam').fill('Lina Link');
	await page
		.getByLabel('E-mailadres')
		.fill(`link-${Date.now()}-${test.info().workerIndex}@e2e.test`);
	await page.getByLabel('Wachtwoord').fill('negen vlinders in de tuin');
	await page.getByRole('button', { name: 'Account maken' }).click();

	await expect(page).toHaveURL(new RegExp(`${link}$`));
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Meedoen met deze groep' }).click();
	await expect(page.getByText(`Je groep: ${E2E_COHORTS.open.name}`)).toBeVisible();

	await page.goto(link);
	await expect(page.getByText('Je doet al mee met deze groep.')).toBeVisible();
});

test('a join link of an archived or ended group says so, with no way to join', async ({ page }) => {
	await page.goto(`/deelnemen/${E2E_COHORTS.archived.joinCode}`);
	await expect(page.getByText('Deze groep is gearchiveerd.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Meedoen met deze groep' })).toHaveCount(0);
	await expectAccessible(page);
	await page.goto(`/deelnemen/${E2E_COHORTS.ended.joinCode}`);
	await expect(page.getByText('Deze groep is al afgelopen.')).toBeVisible();
});
