import { test, expect, expectAccessible } from '../support/fixtures';
import { MATRIX } from '../support/seed-matrix';

// The group overview, a learner in it, their data and the exports, from the outside.
const base = `/opleider/groepen/${MATRIX.cohortId}`;
const PAGES = [base, `${base}/deelnemer/${MATRIX.learnerId}`];
const DATA = PAGES.map((p) => `${p}/__data.json?x-sveltekit-invalidated=01`);
const FILES = [`${base}/export/voortgang.csv`, `${base}/export/resultaten.csv`];
const SECRET = 'Mats Matrix';

test('a learner gets 403 for the overview, the learner page, their data and the exports', async ({
	page,
	loginAs
}) => {
	await loginAs('learner');
	for (const path of [...PAGES, ...DATA, ...FILES]) {
		const response = await page.request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(403);
		expect(await response.text(), path).not.toContain(SECRET);
	}
});

test('a trainer of another group gets 404 for all of them', async ({ page, loginAs }) => {
	await loginAs('otherTrainer');
	for (const path of [...PAGES, ...FILES]) {
		const response = await page.request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(404);
		expect(await response.text(), path).not.toContain(SECRET);
	}
	for (const path of DATA) {
		// SvelteKit answers a data request whose load failed with 200 and an error node.
		const response = await page.request.get(path, { maxRedirects: 0 });
		const body = await response.text();
		expect(body, path).toMatch(/"type":"error".*"status":404/);
		expect(body, path).not.toContain(SECRET);
	}
	const shown = await page.goto(PAGES[1]!);
	expect(shown?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
});

test('an anonymous visitor is sent to login and never gets data or a file', async ({ request }) => {
	for (const path of [...PAGES, ...FILES]) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(303);
		expect(response.headers()['location'], path).toMatch(/^\/inloggen\?terug=/);
		expect(response.headers()['content-disposition'], path).toBeUndefined();
	}
	for (const path of DATA) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(401);
		expect(await response.text(), path).not.toContain(SECRET);
	}
});

test('the group’s trainer sees the learner page; a learner not in the group is 404', async ({
	page,
	loginAs
}) => {
	await loginAs('trainer');
	await page.goto(PAGES[1]!);
	await expect(page.getByRole('heading', { name: SECRET, level: 1 })).toBeVisible();
	const reflections = page.getByRole('region', { name: 'Reflecties' });
	await expect(reflections.getByRole('link', { name: /Lees en beantwoord/ })).toHaveAttribute(
		'href',
		`/opleider/reflecties/${MATRIX.reflectionId}`
	);
	await expectAccessible(page);
	await page.setViewportSize({ width: 320, height: 700 });
	await page.reload();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await expectAccessible(page);

	const other = await page.request.get(`${base}/deelnemer/e2e-not-a-member`);
	expect(other.status()).toBe(404);
	const wrongGroup = await page.request.get(
		`/opleider/groepen/e2e-open/deelnemer/${MATRIX.learnerId}`
	);
	expect(wrongGroup.status()).toBe(404);
});
