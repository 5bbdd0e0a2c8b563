import { test, expect, expectAccessible } from '../support/fixtures';
import { MATRIX } from '../support/seed-matrix';
import { expectNoSidewaysScroll, loginInNewContext } from './support';

// The pages of this slice, refused from the outside: learners get 403 from the route table,
// a trainer of another group 404 (the group or reflection is not theirs to know about).

const GROUP_PAGES = [
	`/opleider/groepen/${MATRIX.cohortId}/analyse`,
	`/opleider/groepen/${MATRIX.cohortId}/analyse/${MATRIX.moduleSlug}`
];
const REFLECTION = `/opleider/reflecties/${MATRIX.reflectionId}`;
const feedback = { version: '1', goal: 'a', progress: 'b', nextStep: 'c' };

test('an empty group reads well: no learners, no attempts', async ({ page, loginAs }) => {
	await loginAs('trainer');
	await page.goto('/opleider/groepen/e2e-ended/analyse');
	await expect(page.getByText('Deze groep heeft nog geen deelnemers.')).toBeVisible();
	await expect(page.getByRole('table', { name: /Toetsen van de leerroute/ })).toContainText(
		'0 van 0'
	);
	await expectAccessible(page);
	await page.goto('/opleider/groepen/e2e-ended/analyse/functies');
	await expect(page.getByRole('heading', { name: 'Nog geen pogingen' })).toBeVisible();
	await expect(page.getByTestId('item-analysis')).toHaveCount(10);
	await expect(page.getByTestId('item-analysis').first()).toContainText('Nog geen antwoorden');
	await expectAccessible(page);
	await page.setViewportSize({ width: 320, height: 800 });
	await expectNoSidewaysScroll(page);
	// A module outside the group's track does not exist here.
	const other = await page.goto('/opleider/groepen/e2e-ended/analyse/werken-als-ondersteuner');
	expect(other?.status()).toBe(404);
});

test('the trainer’s inbox lists the group’s reflection; an admin may open it too', async ({
	page,
	loginAs,
	browser,
	clientAddress
}) => {
	await loginAs('trainer');
	await page.goto('/opleider/reflecties');
	await expect(page.getByRole('heading', { name: 'Reflecties', level: 1 })).toBeVisible();
	await expect(page.getByTestId('inbox-item').filter({ hasText: 'Mats Matrix' })).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Groep').selectOption({ label: 'Gearchiveerde groep (gearchiveerd)' });
	await page.getByRole('button', { name: 'Filter toepassen' }).click();
	await expect(page).toHaveURL(/groep=e2e-archived/);
	await expect(page.getByLabel('Groep')).toHaveValue('e2e-archived');
	await expect(page.getByTestId('inbox-empty')).toHaveText(
		'Geen reflecties die bij dit filter passen.'
	);
	await expectAccessible(page);

	const admin = await loginInNewContext(browser, clientAddress, 'admin');
	await admin.goto('/opleider/reflecties');
	await expect(
		admin.getByText('Als beheerder zie je de reflecties uit alle groepen.')
	).toBeVisible();
	const opened = await admin.goto(REFLECTION);
	expect(opened?.status()).toBe(200);
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Reflectie van Mats Matrix');
	await admin.context().close();
});

test('a learner gets 403 for every page, its data and its action', async ({ page, loginAs }) => {
	await loginAs('learner');
	const origin = new URL(page.url()).origin;
	for (const path of [...GROUP_PAGES, '/opleider/reflecties', REFLECTION]) {
		expect((await page.goto(path))?.status(), path).toBe(403);
		const data = await page.request.get(`${path}/__data.json?x-sveltekit-invalidated=01`);
		expect(data.status(), `${path}/__data.json`).toBe(403);
		expect(await data.text()).not.toContain('Mats Matrix');
	}
	const action = await page.request.post(`${REFLECTION}?/feedback`, {
		headers: { origin },
		form: feedback
	});
	expect(action.status()).toBe(403);
});

test('a trainer of another group gets 404 and sees nothing of it', async ({ page, loginAs }) => {
	await loginAs('otherTrainer');
	const origin = new URL(page.url()).origin;
	for (const path of [...GROUP_PAGES, REFLECTION]) {
		expect((await page.goto(path))?.status(), path).toBe(404);
		const data = await page.request.get(`${path}/__data.json?x-sveltekit-invalidated=01`);
		const body = await data.text();
		// SvelteKit answers a data request whose load failed with 200 and an error node.
		expect(`${data.status()} ${body}`, `${path}/__data.json`).toMatch(
			/^404 |"type":"error".*"status":404/
		);
		expect(body).not.toContain('Mats Matrix');
	}
	// Refused before validation: a broken form gets 404 too, never a list of field errors.
	for (const form of [feedback, { name: 'x' }]) {
		const action = await page.request.post(`${REFLECTION}?/feedback`, {
			headers: { origin },
			form
		});
		expect(action.status()).toBe(404);
	}
	await page.goto('/opleider/reflecties');
	await expect(page.getByTestId('inbox-empty')).toHaveText(
		'Er zijn nog geen ingeleverde reflecties in jouw groepen.'
	);
	await expectAccessible(page);
});

test('anonymous visitors are sent to log in, and get no data', async ({ page }) => {
	await page.goto('/opleider/reflecties');
	await expect(page).toHaveURL(/\/inloggen\?terug=/);
	for (const path of [...GROUP_PAGES, REFLECTION]) {
		const data = await page.request.get(`${path}/__data.json?x-sveltekit-invalidated=01`);
		expect(data.status(), path).toBe(401);
	}
});
