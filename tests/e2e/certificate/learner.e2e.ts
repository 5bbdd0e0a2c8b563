import { test, expect } from '../support/fixtures';
import { CERT_CODES, CERT_USERS } from './seed';
import { expectAccessibleOnPhone, logInAs } from './support';

test('a learner who has not finished sees what is still needed', async ({ page }) => {
	await logInAs(page, CERT_USERS.busy);
	await page.goto('/leren/ondersteuners-effectief-inzetten/certificaat');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(
		'Nog niet klaar voor je certificaat'
	);
	await expect(page.getByRole('main')).toContainText('Je hebt er nu 0 afgerond.');
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(8);
	await expect(page.getByRole('link', { name: 'Naar mijn overzicht' })).toHaveAttribute(
		'href',
		'/leren'
	);
	await expect(page.getByRole('link', { name: /Certificaat downloaden/ })).toHaveCount(0);
	// Nothing to print yet: the PDF is not there either.
	const pdf = await page.request.get('/leren/ondersteuners-effectief-inzetten/certificaat/pdf');
	expect(pdf.status()).toBe(404);
	await expectAccessibleOnPhone(page);
});

test('a learner sees only the certificate of a track they follow', async ({ page }) => {
	await logInAs(page, CERT_USERS.busy);
	const response = await page.goto('/leren/werken-als-ondersteuner/certificaat');
	expect(response?.status()).toBe(404);
});

test('a learner who finished downloads the certificate as a PDF', async ({ page }) => {
	await logInAs(page, CERT_USERS.done);
	await page.goto('/leren/werken-als-ondersteuner/certificaat');
	await expect(page.getByRole('heading', { name: 'Je certificaat is klaar' })).toBeVisible();
	const facts = page.locator('dl');
	await expect(facts).toContainText(CERT_USERS.done.name);
	await expect(facts).toContainText('20 november 2026');
	await expect(facts).toContainText('6,5 uur');
	await expect(facts).toContainText(CERT_CODES.done);
	await expect(facts.getByRole('link')).toHaveAttribute('href', `/certificaat/${CERT_CODES.done}`);
	await expectAccessibleOnPhone(page);

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Certificaat downloaden (pdf)' }).click();
	expect((await download).suggestedFilename()).toBe(
		'klasteam-certificaat-werken-als-ondersteuner.pdf'
	);

	const response = await page.request.get('/leren/werken-als-ondersteuner/certificaat/pdf');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');
	expect(response.headers()['content-disposition']).toBe(
		'attachment; filename="klasteam-certificaat-werken-als-ondersteuner.pdf"'
	);
	expect(response.headers()['cache-control']).toBe('no-store');
	expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the portfolio page lists the work and downloads one PDF', async ({ page }) => {
	await logInAs(page, CERT_USERS.done);
	await page.goto('/leren/portfolio');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn portfolio');
	await expect(page.getByRole('main')).toContainText('Versie 1, ingeleverd op 1 oktober 2026');
	await expect(page.getByRole('main')).toContainText('Certificaat behaald op 20 november 2026');
	await expectAccessibleOnPhone(page);

	const response = await page.request.get('/leren/portfolio/pdf');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/pdf');
	expect(response.headers()['content-disposition']).toMatch(
		/^attachment; filename="klasteam-portfolio-\d{4}-\d{2}-\d{2}\.pdf"$/
	);
	expect(response.headers()['cache-control']).toBe('no-store');
	expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the portfolio is not there without logging in', async ({ request }) => {
	const response = await request.get('/leren/portfolio/pdf', { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toMatch(/^\/inloggen/);
});
