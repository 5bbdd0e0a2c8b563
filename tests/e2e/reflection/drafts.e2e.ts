import { test, expect, expectAccessible } from '../support/fixtures';
import { E2E_USERS } from '../support/users';
import {
	LERAAR,
	expectSaved,
	joinGroup,
	localCopies,
	openForm,
	reflectionUrl,
	saveStatus
} from './support';

const URL = reflectionUrl(LERAAR, 'functies');

test('a draft is saved while typing, survives a reload, and says who can read it', async ({
	page,
	newLearner
}) => {
	await newLearner();
	await joinGroup(page, 'KTAM-2345');
	await openForm(page, URL);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Past de taak bij de functie en het niveau?'
	);
	await expect(page.getByTestId('privacy')).toContainText('Noem geen namen van leerlingen');
	await expect(page.getByTestId('readers')).toContainText(
		`${E2E_USERS.trainer.name}, opleider van Pabo 2 – groep A`
	);
	await expect(page.getByTestId('readers-admins')).toContainText('beheerders van Klasteam');
	await expectAccessible(page);

	const situatie = page.getByLabel('Situatie', { exact: true });
	await situatie.fill('In groep 5 kreeg de onderwijsassistent een rekengroepje.');
	await expect(page.locator('#reflection-situatie-count')).toHaveText(
		'8 van de aangeraden 30 woorden'
	);
	await expectSaved(page);
	expect(await localCopies(page)).toEqual([]);

	await page.reload();
	await expect(situatie).toHaveValue('In groep 5 kreeg de onderwijsassistent een rekengroepje.');
	await expect(saveStatus(page)).toContainText('Opgeslagen om');
});

test('a second tab’s stale save is refused, the learner is told, and nothing is overwritten', async ({
	page,
	context,
	newLearner
}) => {
	// Two tabs and several reloads: longer than most tests on a busy two-core machine.
	test.slow();
	await newLearner();
	await joinGroup(page, 'KTAM-2345');
	await openForm(page, URL);
	const other = await context.newPage();
	await openForm(other, URL);

	await page.getByLabel('Situatie', { exact: true }).fill('Tekst uit tab A');
	await expectSaved(page);

	// Tab B still builds on the sequence it loaded with.
	await other.getByLabel('Situatie', { exact: true }).fill('Tekst uit tab B');
	const conflict = other.getByTestId('conflict');
	await expect(conflict).toContainText('In een ander tabblad is nieuwer werk opgeslagen');
	await expect(saveStatus(other)).toHaveAttribute('data-state', 'conflict');
	await expectAccessible(other);
	await conflict.getByText('Bekijk wat er in de nieuwere versie anders is').click();
	await expect(conflict).toContainText('Tekst uit tab A');

	// The server kept tab A's text; tab B's text is still in tab B, and offered in this browser.
	await page.reload();
	await expect(page.getByLabel('Situatie', { exact: true })).toHaveValue('Tekst uit tab A');
	await expect(page.getByTestId('restore-offer')).toBeVisible();
	await page.getByRole('button', { name: 'Opgeslagen versie houden' }).click();

	// Tab B chooses explicitly to keep its own text: it is saved on top.
	await conflict.getByRole('button', { name: 'Mijn tekst houden en opslaan' }).click();
	await expectSaved(other);
	await page.reload();
	await expect(saveStatus(page)).toBeVisible();
	await expect(page.getByLabel('Situatie', { exact: true })).toHaveValue('Tekst uit tab B');

	// A new conflict, this time resolved by loading the newer version.
	await page.getByLabel('Situatie', { exact: true }).fill('Weer uit tab A');
	await expectSaved(page);
	await other.getByLabel('Situatie', { exact: true }).fill('Weer uit tab B');
	await expect(conflict).toBeVisible();
	await conflict.getByRole('button', { name: 'Nieuwere versie laden' }).click();
	await expect(other.getByLabel('Situatie', { exact: true })).toHaveValue('Weer uit tab A');
	await expect(saveStatus(other)).toHaveAttribute('data-state', 'clean');
});

test('a network drop keeps the text in this browser, and it is saved once back online', async ({
	page,
	context,
	newLearner
}) => {
	await newLearner();
	await joinGroup(page, 'KTAM-2345');
	await openForm(page, URL);
	const kern = page.getByLabel('De kern', { exact: true });
	await kern.fill('Eerste zin.');
	await expectSaved(page);

	await context.setOffline(true);
	await kern.fill('Eerste zin. Geschreven zonder verbinding.');
	await expect(saveStatus(page)).toContainText(
		'Niet opgeslagen: geen verbinding, je tekst staat veilig in deze browser'
	);
	expect((await localCopies(page)).join()).toContain('Geschreven zonder verbinding.');

	await context.setOffline(false);
	await expectSaved(page);
	expect(await localCopies(page)).toEqual([]);
	await page.reload();
	await expect(kern).toHaveValue('Eerste zin. Geschreven zonder verbinding.');
});

test('text that never reached the server is put back after a reload, then saved', async ({
	page,
	newLearner
}) => {
	await newLearner();
	await joinGroup(page, 'KTAM-2345');
	await openForm(page, URL);
	await page.route('**/reflectie/concept', (route) => route.abort('connectionreset'));
	await page.getByLabel('Alternatief 1', { exact: true }).fill('Vooraf overleggen.');
	await expect(saveStatus(page)).toHaveAttribute('data-state', 'offline');
	await page.unroute('**/reflectie/concept');

	await page.reload();
	await expect(page.getByTestId('restore-restored')).toBeVisible();
	await expect(page.getByLabel('Alternatief 1', { exact: true })).toHaveValue('Vooraf overleggen.');
	await expectSaved(page);
	await page.reload();
	await expect(saveStatus(page)).toBeVisible();
	await expect(page.getByTestId('restore-restored')).toHaveCount(0);
	await expect(page.getByLabel('Alternatief 1', { exact: true })).toHaveValue('Vooraf overleggen.');
});

test('local copies are cleared by clearLocalDrafts on logout', async ({ page, newLearner }) => {
	await newLearner();
	await joinGroup(page, 'KTAM-2345');
	await openForm(page, URL);
	await page.route('**/reflectie/concept', (route) => route.abort('connectionreset'));
	await page.getByLabel('Alternatief 2', { exact: true }).fill('Niet op de server.');
	await expect(saveStatus(page)).toHaveAttribute('data-state', 'offline');
	expect(await localCopies(page)).toHaveLength(1);
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await page.waitForURL(/\/inloggen/);
	expect(await localCopies(page)).toEqual([]);
});
