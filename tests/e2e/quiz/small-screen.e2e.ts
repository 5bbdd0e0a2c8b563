import { test, expect, expectAccessible } from '../support/fixtures';
import { questionOf } from '../../../src/lib/content';
import {
	answerAll,
	answerItem,
	enrolInTeacherTrack,
	expectNoOverflow,
	itemsOf,
	quizPath,
	startQuiz
} from './support';

// Phones first: every quiz page at 320 px, without sideways scrolling, with axe.
const MODULE = 'effecten-leraren-school';
const items = itemsOf(MODULE);
const numericItem = items.find((item) => questionOf(item).type === 'numeric')!;

test('quiz, result and review pages fit 320 px', async ({ page, newLearner, clientAddress }) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	await page.setViewportSize({ width: 320, height: 740 });
	await newLearner('Sam Smal');
	await enrolInTeacherTrack(page);
	await page.goto(quizPath(MODULE));
	await expectNoOverflow(page);
	await expectAccessible(page);

	await startQuiz(page, MODULE);
	await expectNoOverflow(page);
	await expectAccessible(page);
	// The progress bar stays in view while scrolling through the questions.
	await page.locator('section[data-item]').last().scrollIntoViewIfNeeded();
	await expect(page.getByText(/van \d+ beantwoord/)).toBeInViewport();

	// A word where a number goes: a clear message, and everything typed is kept.
	await answerAll(page, items, true);
	const numeric = page.locator(`section[data-item="${numericItem.id}"] input[type="text"]`);
	await numeric.fill('veertien');
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Nog niet ingeleverd' })).toBeVisible();
	await expect(
		page.getByText('Dit is geen getal. Typ bijvoorbeeld 14 of 14,5.').first()
	).toBeVisible();
	await expect(numeric).toHaveValue('veertien');
	await expect(numeric).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText(`${items.length} van ${items.length} beantwoord`)).toBeVisible();
	await expectNoOverflow(page);
	await expectAccessible(page);

	await answerItem(page, numericItem, true);
	// One wrong answer, so that the review queue has something to ask later.
	await answerItem(page, items[1]!, false);
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page).toHaveURL(/\/toets\/[a-z0-9]+$/);
	await expectNoOverflow(page);
	await expectAccessible(page);

	await page.setExtraHTTPHeaders({
		'x-forwarded-for': clientAddress,
		'x-klasteam-now': new Date(Date.now() + 3 * 86_400_000).toISOString()
	});
	await page.goto('/leren/herhalen');
	await expect(page.locator('section[data-item]').first()).toBeVisible();
	await expectNoOverflow(page);
	await expectAccessible(page);
});

test('the quiz works without JavaScript, and keeps typed answers on an error', async ({
	browser,
	baseURL
}) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	const context = await browser.newContext({
		baseURL,
		javaScriptEnabled: false,
		extraHTTPHeaders: { 'x-forwarded-for': '10.251.0.7' }
	});
	const page = await context.newPage();
	await page.goto('/registreren');
	await page.getByLabel('Naam').fill('Zonder Script');
	await page.getByLabel('E-mailadres').fill(`zonder-script-${Date.now()}@e2e.test`);
	await page.getByLabel('Wachtwoord').fill('negen vlinders in de tuin');
	await page.getByRole('button', { name: 'Account maken' }).click();
	await enrolInTeacherTrack(page);
	await startQuiz(page, MODULE);
	await expect(page.getByText(`${items.length} vragen`, { exact: true })).toBeVisible();
	await answerAll(page, items, true);
	const numeric = page.locator(`section[data-item="${numericItem.id}"] input[type="text"]`);
	await numeric.fill('twaalf');
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(
		page.getByText('Dit is geen getal. Typ bijvoorbeeld 14 of 14,5.').first()
	).toBeVisible();
	await expect(numeric).toHaveValue('twaalf');
	// Everything else the learner chose is still chosen.
	await expect(page.locator('input:checked')).not.toHaveCount(0);
	await answerItem(page, numericItem, true);
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByText('Gehaald!')).toBeVisible();
	await context.close();
});
