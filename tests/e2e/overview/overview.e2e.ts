import readXlsxFile from 'read-excel-file/node';
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from '../support/fixtures';
import { E2E_COHORTS } from '../support/users';
import { itemsOf, startQuiz, answerItem } from '../quiz/support';
import { contextAs, expectNoSidewaysScroll, joinGroup, parseCsv } from './support';

const OPEN = '/opleider/groepen/e2e-open';
const PROGRESS_HEADER = [
	'Naam',
	'E-mailadres',
	'Module',
	'Status',
	'Lessen gelezen',
	'Lessen totaal',
	'Beste score (%)',
	'Toets gehaald',
	'Reflectie ingeleverd',
	'Laatst actief'
];

test('a new group’s overview reads well while it has no learners, at 320 px too', async ({
	page,
	loginAs
}) => {
	await loginAs('trainer');
	await page.goto('/opleider/groepen');
	const name = `Leeg – ${Date.now()}`;
	await page.getByLabel('Naam van de groep').fill(name);
	await page.getByRole('button', { name: 'Groep maken' }).click();
	await expect(page.getByRole('heading', { name: `Groep beheren: ${name}` })).toBeVisible();

	await page.goto('/opleider/groepen');
	await page.getByRole('link', { name, exact: true }).click();
	await expect(page.getByRole('heading', { name: `Overzicht: ${name}`, level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Nog geen deelnemers' })).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Naar de code en de link om aan te sluiten' })
	).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
	await expectAccessible(page);

	await page.setViewportSize({ width: 320, height: 700 });
	await page.reload();
	await expectNoSidewaysScroll(page);
	await expectAccessible(page);
});

test('a learner who joins shows in the grid, on the learner page and in the CSV, byte by byte', async ({
	page,
	newLearner,
	browser,
	clientAddress
}) => {
	// A whole journey through two browsers: more than the default minute on a busy machine.
	test.setTimeout(150_000);
	// The learner: a name a spreadsheet would run as a formula, one quiz item right.
	const email = await newLearner('=SOM(1;2)');
	await joinGroup(page, E2E_COHORTS.open.joinCode);
	const items = itemsOf('functies');
	const easy = items.find((i) => i.type === 'single' || i.type === 'true-false');
	if (!easy) throw new Error('functies has no single-choice item');
	await startQuiz(page, 'functies');
	await answerItem(page, easy, true);
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByRole('button', { name: 'Lever de toets in' })).toHaveCount(0);

	const { context, page: trainer } = await contextAs(browser, clientAddress, 'trainer');
	await trainer.goto(OPEN);
	await expect(trainer.getByRole('heading', { name: 'Overzicht: Pabo 2 – groep A' })).toBeVisible();
	await trainer.getByLabel('Zoek op naam of e-mailadres').fill(email);
	await trainer.getByRole('button', { name: 'Toon', exact: true }).click();
	await expect(trainer).toHaveURL(/zoek=/);
	const grid = trainer.getByRole('region', { name: /Voortgang van Pabo 2 – groep A per module/ });
	const row = grid.getByRole('row', { name: /=SOM\(1;2\)/ });
	await expect(row).toHaveCount(1);
	// One failed attempt: in progress, not (yet) "needs attention"; text, not colour.
	await expect(row.getByRole('cell').nth(2)).toHaveText(/Bezig/);
	await expect(row).toContainText('0 van 8 modules');
	await expectAccessible(trainer);

	// With JavaScript the same form and header links navigate in place.
	await trainer.getByLabel('Status', { exact: true }).selectOption({ label: 'Bezig' });
	await trainer.getByRole('button', { name: 'Toon', exact: true }).click();
	await expect(trainer).toHaveURL(/status=bezig/);
	await expect(row).toHaveCount(1);
	await trainer
		.getByRole('link', { name: /^Voortgang/ })
		.first()
		.click();
	await expect(trainer).toHaveURL(/sorteer=voortgang/);
	await expect(trainer.getByRole('columnheader', { name: /Voortgang/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect(row).toHaveCount(1);
	await expectAccessible(trainer);

	await row.getByRole('link', { name: '=SOM(1;2)' }).click();
	await expect(trainer.getByRole('heading', { name: '=SOM(1;2)', level: 1 })).toBeVisible();
	await expect(trainer.getByText(email)).toBeVisible();
	const attempts = trainer.getByRole('region', { name: 'Toetspogingen' });
	await attempts
		.getByText(/Vier ondersteunende functies/)
		.first()
		.click();
	await expect(attempts.getByText('Goed', { exact: false }).first()).toBeVisible();
	await expectAccessible(trainer);

	await trainer.goto(OPEN);
	const [download] = await Promise.all([
		trainer.waitForEvent('download'),
		trainer.getByRole('link', { name: 'Voortgang per deelnemer en module (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^klasteam-voortgang-pabo-2-groep-a-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const bytes = readFileSync(await download.path());
	// The byte-order mark, then UTF-8 text.
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(bytes[3]).not.toBe(0xef);
	const text = bytes.subarray(3).toString('utf8');
	// The header: cells separated by ; and the row ended by CR LF, byte for byte.
	const headerLine = PROGRESS_HEADER.join(';') + '\r\n';
	expect(text.startsWith(headerLine)).toBe(true);
	expect([
		...bytes.subarray(3 + Buffer.byteLength(headerLine) - 2, 3 + Buffer.byteLength(headerLine))
	]).toEqual([0x0d, 0x0a]);
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	// The formula guard: the name becomes text ('=…), quoted because it holds a ;.
	expect(text).toContain(`\r\n"'=SOM(1;2)";${email};Vier ondersteunende functies;Bezig;`);
	const rows = parseCsv(text);
	expect(rows[0]).toEqual(PROGRESS_HEADER);
	const mine = rows.filter((r) => r[1] === email);
	expect(mine).toHaveLength(8);
	expect(mine.every((r) => r.length === PROGRESS_HEADER.length && r[0] === "'=SOM(1;2)")).toBe(
		true
	);
	const functies = mine.find((r) => r[2] === 'Vier ondersteunende functies');
	// The decimal comma: one item right, e.g. 1 of 9 → "11,1".
	expect(functies?.[6]).toMatch(/^\d{1,3},\d$/);
	const percent = Number(functies?.[6]?.replace(',', '.'));
	expect(percent).toBeGreaterThan(0);
	expect(percent).toBeLessThanOrEqual(100 / items.length + 0.05);
	expect(functies?.[7]).toBe('Nee');
	expect(functies?.[9]).toMatch(/^\d{4}-\d{2}-\d{2}$/);

	const results = await trainer.request.get(`${OPEN}/export/resultaten.csv`);
	expect(results.status()).toBe(200);
	expect(results.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(results.headers()['content-disposition']).toMatch(
		/^attachment; filename="klasteam-resultaten-pabo-2-groep-a-\d{4}-\d{2}-\d{2}\.csv"$/
	);
	expect(results.headers()['cache-control']).toBe('no-store');
	const resultBytes = await results.body();
	expect([...resultBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const resultRows = parseCsv(resultBytes.subarray(3).toString('utf8'));
	expect(resultRows[0]?.[5]).toBe('Goed bij eerste poging (%)');
	const answered = resultRows.find((r) => r[1] === easy.id);
	expect(answered?.[5]).toMatch(/^\d{1,3},\d$/);
	expect(resultRows.slice(1).every((r) => /^(\d{1,3},\d)?$/.test(r[5] ?? 'x'))).toBe(true);

	// The same progress as an Excel workbook: the learner's row with typed cells.
	const workbook = await trainer.request.get(`${OPEN}/export/voortgang.xlsx`);
	expect(workbook.status()).toBe(200);
	expect(workbook.headers()['content-disposition']).toMatch(
		/^attachment; filename="klasteam-voortgang-pabo-2-groep-a-\d{4}-\d{2}-\d{2}\.xlsx"$/
	);
	const [sheet] = await readXlsxFile(await workbook.body());
	const inWorkbook = sheet?.data.filter((r) => r[1] === email) ?? [];
	expect(inWorkbook).toHaveLength(8);
	expect(inWorkbook.every((r) => r[0] === '=SOM(1;2)' && typeof r[4] === 'number')).toBe(true);

	// 320 px: the grid scrolls inside its own region, never the page.
	await trainer.setViewportSize({ width: 320, height: 700 });
	await trainer.goto(`${OPEN}?zoek=${encodeURIComponent(email)}`);
	await expect(grid).toBeVisible();
	await expectNoSidewaysScroll(trainer);
	await expect(grid).toHaveAttribute('tabindex', '0');
	await expectAccessible(trainer);
	await context.close();
});
