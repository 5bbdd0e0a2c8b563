import { test, expect, expectAccessible } from '../support/fixtures';
import { E2E_USERS } from '../support/users';

test('a trainer creates a group, edits it, regenerates its code and archives it', async ({
	page,
	loginAs
}) => {
	await loginAs('trainer');
	await page.getByRole('link', { name: 'Mijn groepen' }).click();
	await expect(page.getByRole('heading', { name: 'Mijn groepen', level: 1 })).toBeVisible();
	await expectAccessible(page);

	const name = `Pabo 3 – ${Date.now()}`;
	await page.getByLabel('Naam van de groep').fill(name);
	await page.getByLabel('Leerroute').selectOption({ label: 'Ondersteuners effectief inzetten' });
	await page.getByLabel('Startdatum (optioneel)').fill('2026-09-01');
	await page.getByLabel('Einddatum (optioneel)').fill('2026-08-01');
	await page.getByRole('button', { name: 'Groep maken' }).click();
	await expect(page.getByText('De einddatum ligt vóór de startdatum.')).toBeVisible();
	await expect(page.getByLabel('Naam van de groep')).toHaveValue(name);
	await page.getByLabel('Einddatum (optioneel)').fill('2027-07-01');
	await page.getByRole('button', { name: 'Groep maken' }).click();

	await expect(page.getByRole('heading', { name: `Groep beheren: ${name}` })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('De groep is gemaakt');
	await expectAccessible(page);
	const code = await page.getByTestId('join-code').innerText();
	expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
	await expect(page.getByLabel('Link om aan te sluiten')).toHaveValue(
		new RegExp(`/deelnemen/${code}$`)
	);

	await page.getByRole('button', { name: 'Nieuwe code maken' }).click();
	await expect(page.getByRole('status')).toContainText('De oude code werkt niet meer');
	await expect(page.getByTestId('join-code')).not.toHaveText(code);

	await page.getByLabel('Mede-opleider toevoegen (e-mailadres)').fill(E2E_USERS.learner.email);
	await page.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText('Dit account is geen opleider.')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Groep archiveren' }).click();
	await expect(page.getByRole('status')).toContainText('De groep is gearchiveerd.');
	await page.goto('/opleider/groepen');
	await expect(page.getByRole('listitem').filter({ hasText: name })).toContainText('Gearchiveerd');
});

test('learners and anonymous visitors cannot reach the trainer area', async ({ page, loginAs }) => {
	const anonymous = await page.goto('/opleider/groepen');
	expect(anonymous?.url()).toMatch(/\/inloggen\?terug=/);
	await loginAs('learner');
	const response = await page.goto('/opleider/groepen/e2e-open/beheer');
	expect(response?.status()).toBe(403);
	const data = await page.request.get('/opleider/groepen/e2e-open/beheer/__data.json');
	expect(data.status()).toBe(403);
	expect(await data.text()).not.toContain('KTAM-2345');
	const action = await page.request.post('/opleider/groepen/e2e-open/beheer?/regenerate', {
		headers: { origin: new URL(page.url()).origin },
		form: {}
	});
	expect(action.status()).toBe(403);
});

test('a trainer of another group gets 404; an admin sees every group', async ({
	page,
	loginAs,
	browser,
	clientAddress
}) => {
	await loginAs('otherTrainer');
	const response = await page.goto('/opleider/groepen/e2e-open/beheer');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
	await page.goto('/opleider/groepen');
	await expect(page.getByText('KTAM-2345')).toHaveCount(0);
	await expect(page.getByText('Pabo 2 – groep A', { exact: true })).toHaveCount(0);
	await expect(page.getByText('Je hebt nog geen groepen.', { exact: false })).toBeVisible();

	const adminContext = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': clientAddress }
	});
	const adminPage = await adminContext.newPage();
	await adminPage.goto('/inloggen');
	await adminPage.getByLabel('E-mailadres').fill(E2E_USERS.admin.email);
	await adminPage.getByLabel('Wachtwoord').fill(E2E_USERS.admin.password);
	await adminPage.getByRole('button', { name: 'Inloggen' }).click();
	await expect(adminPage.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	const asAdmin = await adminPage.goto('/opleider/groepen/e2e-open/beheer');
	expect(asAdmin?.status()).toBe(200);
	await expect(adminPage.getByTestId('join-code')).toHaveText('KTAM-2345');
	await adminContext.close();
});
