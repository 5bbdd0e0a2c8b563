import { test, expect } from '../support/fixtures';
import { LERAAR, fillAlact, joinGroup, reflectionUrl } from './support';

test.use({ javaScriptEnabled: false });

test('without JavaScript the form saves a draft, refuses a stale one, and submits', async ({
	page,
	browser,
	newLearner
}) => {
	test.slow();
	await newLearner();
	await joinGroup(page, 'KTAM-2345');
	await page.goto(reflectionUrl(LERAAR, 'functies'));
	// Starters are a plain list without scripts.
	await expect(page.getByText('In groep ... werkte een ...')).toBeVisible();
	await page.getByLabel('Situatie', { exact: true }).fill('Zonder script geschreven.');
	await page.getByRole('button', { name: 'Concept opslaan' }).click();
	await expect(page.locator('#reflection-result')).toContainText('Je concept is opgeslagen om');
	await page.goto(reflectionUrl(LERAAR, 'functies'));
	await expect(page.getByLabel('Situatie', { exact: true })).toHaveValue(
		'Zonder script geschreven.'
	);

	// A second window of the same learner saves first; this form is now stale.
	const storage = await page.context().storageState();
	const second = await browser.newContext({ storageState: storage, javaScriptEnabled: false });
	const other = await second.newPage();
	await other.goto(reflectionUrl(LERAAR, 'functies'));
	await other.getByLabel('Situatie', { exact: true }).fill('Uit het andere venster.');
	await other.getByRole('button', { name: 'Concept opslaan' }).click();
	await expect(other.locator('#reflection-result')).toContainText('Je concept is opgeslagen');
	await second.close();

	await page.getByLabel('Situatie', { exact: true }).fill('Verouderd venster.');
	await page.getByRole('button', { name: 'Concept opslaan' }).click();
	await expect(page.getByTestId('conflict')).toContainText(
		'In een ander tabblad is nieuwer werk opgeslagen'
	);
	await expect(page.getByLabel('Situatie', { exact: true })).toHaveValue('Verouderd venster.');
	// The plain save button still refuses; only the explicit choice saves on top.
	await page.getByRole('button', { name: 'Concept opslaan' }).click();
	await expect(page.getByTestId('conflict')).toBeVisible();
	await page.getByRole('button', { name: 'Mijn tekst houden en opslaan' }).click();
	await expect(page.locator('#reflection-result')).toContainText('Je concept is opgeslagen');

	await fillAlact(page, 'Zonder script');
	await page.getByRole('button', { name: 'Inleveren' }).click();
	await expect(page.locator('#reflection-result')).toContainText('Ingeleverd als versie 1');
});
