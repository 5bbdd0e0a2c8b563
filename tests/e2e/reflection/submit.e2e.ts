import { test, expect, expectAccessible } from '../support/fixtures';
import {
	LERAAR,
	ONDERSTEUNER,
	expectNoSidewaysScroll,
	expectSaved,
	fillAlact,
	joinGroup,
	openForm,
	reflectionUrl,
	startTrack
} from './support';

test('submit, see the version, revise and resubmit; the voornemen comes back in the next module', async ({
	page,
	newLearner
}) => {
	test.slow();
	await newLearner();
	await joinGroup(page, 'KTAM-2345');
	await openForm(page, reflectionUrl(LERAAR, 'functies'));

	// Empty required fields stop the submission, with a summary that links to each field.
	await page.getByLabel('Situatie', { exact: true }).fill('Kort.');
	await page.getByRole('button', { name: 'Inleveren' }).click();
	const result = page.locator('#reflection-result');
	await expect(result).toContainText('Nog niet ingeleverd');
	await expect(result.getByRole('link', { name: 'De kern' })).toBeVisible();
	await expect(page.getByLabel('Situatie', { exact: true })).toHaveValue('Kort.');
	await expectAccessible(page);

	await fillAlact(page, 'Versie een');
	// Under the advised word count: a warning, never a block.
	await expect(page.getByTestId('short-warning')).toContainText('Situatie');
	await page.getByRole('button', { name: 'Inleveren' }).click();
	await expect(result).toContainText('Ingeleverd als versie 1');
	await expect(page.getByTestId('versions')).toContainText('Versie 1');
	await expect(page.getByTestId('submission-state')).toContainText('(versie 1)');
	await expectAccessible(page);

	await page.getByLabel('Mijn voornemen', { exact: true }).fill('Ik vraag naar de opleiding.');
	await expectSaved(page);
	await page.getByRole('button', { name: 'Nieuwe versie inleveren' }).click();
	await expect(result).toContainText('Ingeleverd als versie 2');
	await expect(page.getByTestId('versions').getByRole('listitem')).toHaveCount(2);

	await page.getByRole('link', { name: /^Versie 1,/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('versie 1');
	await expect(page.getByTestId('version-fields')).toContainText('Versie een: Mijn voornemen');
	await expect(page.getByText('Er is een nieuwere versie: versie 2.')).toBeVisible();
	await expect(page.getByText('Nog geen feedback op deze versie.')).toBeVisible();
	await expectAccessible(page);

	// Next module: "hoe ging het?" with the newest submitted voornemen.
	await page.goto(`/leren/${LERAAR}/arbeidsmarkt/hoe-ging-het`);
	const checkin = page.getByTestId('intention-checkin');
	await expect(checkin).toContainText('Ik vraag naar de opleiding.');
	await expect(checkin.locator('form[data-enhanced="true"]')).toBeVisible();
	await expect(checkin).toContainText('14 december 2026');
	await expectAccessible(page);
	await checkin.getByRole('button', { name: 'Antwoord bewaren' }).click();
	await expect(checkin).toContainText('Vul dit in om in te leveren.');
	await checkin.getByLabel('Hoe ging het met je voornemen?').fill('Het lukte goed.');
	await checkin.getByRole('button', { name: 'Antwoord bewaren' }).click();
	await expect(checkin).toContainText('Dank je. Je antwoord is bewaard.');
	await page.reload();
	await expect(page.getByText('Er staat nu geen voornemen open')).toBeVisible();
	await expectAccessible(page);
});

test('the assistant track gets STARR with sentence starters, usable at 320 px', async ({
	page,
	newLearner
}) => {
	await newLearner('Mo Mbo');
	await startTrack(page, 'Werken als ondersteuner: wat de school van je verwacht');
	await page.setViewportSize({ width: 320, height: 800 });
	await openForm(page, reflectionUrl(ONDERSTEUNER, 'functies'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Past de taak bij mijn functie en niveau?'
	);
	await expect(page.getByTestId('readers-nobody')).toContainText('Niemand anders');
	await expect(page.getByRole('group', { name: /Terugblik/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Zet in het veld: De leraar vroeg mij om ...' }).click();
	const taak = page.getByLabel('Taak', { exact: true });
	await expect(taak).toHaveValue('De leraar vroeg mij om ');
	await expect(taak).toBeFocused();
	await page.keyboard.type('de kopieën te maken.');
	await expectSaved(page);
	await expectAccessible(page);
	await expectNoSidewaysScroll(page);
});

for (const width of [320, 1280]) {
	test(`the ALACT form and its pages at ${width}px: axe clean, no sideways scrolling`, async ({
		page,
		newLearner
	}) => {
		test.slow();
		await newLearner();
		await joinGroup(page, 'KTAM-2345');
		await page.setViewportSize({ width, height: 900 });
		await openForm(page, reflectionUrl(LERAAR, 'functies'));
		const lookback = page.getByRole('group', { name: /Terugblik/ });
		await expect(lookback.getByRole('heading', { name: 'Ik', exact: true })).toBeVisible();
		await expect(lookback.getByRole('heading', { name: 'De ander' })).toBeVisible();
		// Two columns side by side on a wide screen, stacked on a phone.
		const ik = await page.getByLabel('Wat wilde ik?', { exact: true }).boundingBox();
		const ander = await page
			.getByLabel('Wat wilde de ondersteuner?', { exact: true })
			.boundingBox();
		if (width >= 1280) expect(ander!.x).toBeGreaterThan(ik!.x + ik!.width);
		else {
			expect(ander!.x).toBe(ik!.x);
			expect(ander!.y).toBeGreaterThan(ik!.y);
		}
		await expectAccessible(page);
		await expectNoSidewaysScroll(page);

		await fillAlact(page, 'Breed');
		await page.getByRole('button', { name: 'Inleveren' }).click();
		await expect(page.locator('#reflection-result')).toContainText('Ingeleverd als versie 1');
		await expectAccessible(page);
		await expectNoSidewaysScroll(page);
		await page.goto(`${reflectionUrl(LERAAR, 'functies')}/versie/1`);
		await expectAccessible(page);
		await expectNoSidewaysScroll(page);
		await page.goto(`/leren/${LERAAR}/arbeidsmarkt/hoe-ging-het`);
		await expectAccessible(page);
		await expectNoSidewaysScroll(page);
	});
}

test('another learner’s versions and unknown modules answer 404', async ({ page, newLearner }) => {
	await newLearner();
	await joinGroup(page, 'KTAM-2345');
	expect((await page.goto(`${reflectionUrl(LERAAR, 'functies')}/versie/1`))?.status()).toBe(404);
	expect((await page.goto(reflectionUrl(LERAAR, 'bestaat-niet')))?.status()).toBe(404);
	expect((await page.goto(reflectionUrl(ONDERSTEUNER, 'functies')))?.status()).toBe(404);
	const put = await page.request.put(`${reflectionUrl(ONDERSTEUNER, 'functies')}/concept`, {
		headers: { origin: new URL(page.url()).origin, 'sec-fetch-site': 'same-origin' },
		data: { sequence: 0, fields: { situatie: 'x' } }
	});
	expect(put.status()).toBe(404);
});
