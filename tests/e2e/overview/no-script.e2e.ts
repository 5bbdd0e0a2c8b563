import { test, expect } from '../support/fixtures';
import { E2E_COHORTS } from '../support/users';
import { joinGroup } from './support';

test.describe('without JavaScript', () => {
	// One browser without scripts: the GET form and the header links must do all the work.
	test.use({ javaScriptEnabled: false });

	test('the trainer searches, filters and sorts the grid with the plain form and links', async ({
		page,
		newLearner,
		loginAs
	}) => {
		const name = `Nina Zonderscript ${Date.now()}`;
		await newLearner(name);
		await joinGroup(page, E2E_COHORTS.open.joinCode);
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await loginAs('trainer');

		await page.goto('/opleider/groepen/e2e-open');
		await page.getByLabel('Zoek op naam of e-mailadres').fill(name);
		await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Niet begonnen' });
		await page
			.getByLabel('Module', { exact: true })
			.selectOption({ label: '1. Vier ondersteunende functies' });
		await page.getByRole('button', { name: 'Toon', exact: true }).click();
		await expect(page).toHaveURL(/zoek=Nina/);
		await expect(page).toHaveURL(/status=niet-begonnen/);
		await expect(page).toHaveURL(/module=functies/);
		await expect(page.getByText('1 van de', { exact: false })).toBeVisible();
		const grid = page.getByRole('region', { name: /per module/ });
		await expect(grid.getByRole('row', { name: new RegExp(name) })).toHaveCount(1);
		// Only the chosen module's column is shown.
		await expect(grid.getByRole('columnheader')).toHaveCount(4);
		await expect(page.getByLabel('Status', { exact: true })).toHaveValue('niet-begonnen');

		// A filter that matches nobody says so.
		await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Afgerond' });
		await page.getByRole('button', { name: 'Toon', exact: true }).click();
		await expect(page.getByText('Geen deelnemers passen bij je keuze.')).toBeVisible();

		// Sorting by a column header is a link; the header tells its state.
		await page.getByRole('link', { name: 'Alles tonen' }).click();
		await page.getByRole('link', { name: /^Laatst actief/ }).click();
		await expect(page).toHaveURL(/sorteer=activiteit/);
		await expect(page.getByRole('columnheader', { name: /Laatst actief/ })).toHaveAttribute(
			'aria-sort',
			'descending'
		);
		await page.getByRole('link', { name: /^Laatst actief/ }).click();
		await expect(page).toHaveURL(/richting=op/);
		await expect(page.getByRole('columnheader', { name: /Laatst actief/ })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		// axe needs JavaScript in the page; the same views are scanned in overview.e2e.ts.
	});
});
