import { test, expect } from '../support/fixtures';
import { E2E_USERS } from '../support/users';

test('a learner gets a Dutch 403 page on the admin area, for the page and its data', async ({
	page,
	loginAs
}) => {
	await loginAs('learner');
	const response = await page.goto('/beheer/gebruikers');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
	const data = await page.request.get('/beheer/gebruikers/__data.json?x-sveltekit-invalidated=01');
	expect(data.status()).toBe(403);
	const body = await data.text();
	for (const user of Object.values(E2E_USERS)) expect(body).not.toContain(user.email);
});

test('anonymous __data.json requests for protected pages return no protected data', async ({
	request
}) => {
	for (const path of ['/account', '/beheer/gebruikers']) {
		const response = await request.get(`${path}/__data.json?x-sveltekit-invalidated=01`);
		expect(response.status(), path).toBe(401);
		const body = await response.text();
		expect(body).not.toContain('@e2e.test');
		expect(body).not.toContain('passwordHash');
	}
});

test('an anonymous visitor of a protected page is sent to login and back', async ({ page }) => {
	await page.goto('/account');
	await expect(page).toHaveURL(/\/inloggen\?terug=%2Faccount$/);
	await page.getByLabel('E-mailadres').fill(E2E_USERS.learner.email);
	await page.getByLabel('Wachtwoord').fill(E2E_USERS.learner.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByText(E2E_USERS.learner.email)).toBeVisible();
});

test('an admin changes a role, which ends that user’s sessions', async ({
	page,
	browser,
	loginAs,
	clientAddress
}) => {
	const other = await browser.newContext({
		extraHTTPHeaders: { 'x-forwarded-for': clientAddress }
	});
	const otherPage = await other.newPage();
	await otherPage.goto('/inloggen');
	await otherPage.getByLabel('E-mailadres').fill(E2E_USERS.promoted.email);
	await otherPage.getByLabel('Wachtwoord').fill(E2E_USERS.promoted.password);
	await otherPage.getByRole('button', { name: 'Inloggen' }).click();
	await expect(otherPage.getByRole('button', { name: 'Uitloggen' })).toBeVisible();

	await loginAs('admin');
	await page.goto('/beheer/gebruikers');
	const row = page.getByRole('row', { name: new RegExp(E2E_USERS.promoted.name) });
	await row.getByRole('combobox').selectOption('trainer');
	await row.getByRole('button', { name: /Opslaan/ }).click();
	await expect(page.getByRole('status')).toContainText(
		`De rol van ${E2E_USERS.promoted.name} is nu Opleider.`
	);

	await otherPage.goto('/account');
	await expect(otherPage).toHaveURL(/\/inloggen/);
	await other.close();
});

test.describe('cross-site requests are refused with 403', () => {
	test('a real cross-site form post from another origin', async ({ page, baseURL }) => {
		await page.route('http://evil.test/**', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="en"><title>x</title><form method="POST" action="${baseURL}/uitloggen"><button>go</button></form></html>`
			})
		);
		await page.goto('http://evil.test/attack');
		const [response] = await Promise.all([
			page.waitForResponse(`${baseURL}/uitloggen`),
			page.getByRole('button', { name: 'go' }).click()
		]);
		expect(response.status()).toBe(403);
	});

	const crossSite = { origin: 'http://evil.test', 'sec-fetch-site': 'cross-site' };
	test('text/plain, no body and JSON posts', async ({ request }) => {
		const textPlain = await request.post('/inloggen', {
			headers: { ...crossSite, 'content-type': 'text/plain' },
			data: 'email=a@b.nl&password=x'
		});
		expect(textPlain.status()).toBe(403);
		const noBody = await request.post('/uitloggen', { headers: crossSite });
		expect(noBody.status()).toBe(403);
		const json = await request.post('/taal', {
			headers: { ...crossSite, 'content-type': 'application/json' },
			data: { locale: 'en' }
		});
		expect(json.status()).toBe(403);
		// Without any browser header at all, a POST is refused too.
		const bare = await request.post('/uitloggen');
		expect(bare.status()).toBe(403);
	});
});

test('security headers are set, and personal pages are not cached', async ({ page, loginAs }) => {
	const home = await page.goto('/');
	const headers = home!.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['strict-transport-security']).toBeUndefined(); // plain http here

	await loginAs('learner');
	const account = await page.goto('/account');
	expect(account!.headers()['cache-control']).toBe('no-store');
	const cookies = await page.context().cookies();
	const session = cookies.find((c) => c.name === 'klasteam_session');
	expect(session?.httpOnly).toBe(true);
	expect(session?.sameSite).toBe('Lax');
	expect(session?.path).toBe('/');
});
