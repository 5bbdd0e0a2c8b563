import { test, expect } from '../support/fixtures';
import { holdScripts } from '../support/scripts';
import { E2E_USERS } from '../support/users';
import { answerAll, enrolInTeacherTrack, itemsOf, startQuiz } from '../quiz/support';

// On a slow phone people type before the page's scripts have run. When the scripts arrive and
// the page hydrates, what was typed, ticked and picked must stay: otherwise a learner submits
// empty fields, or a blank quiz, without noticing.

test('a login typed before the scripts load survives hydration and logs in', async ({ page }) => {
	const release = await holdScripts(page);
	await page.goto('/inloggen', { waitUntil: 'domcontentloaded' });
	const email = page.getByLabel('E-mailadres');
	const password = page.getByLabel('Wachtwoord', { exact: true });
	await email.fill(E2E_USERS.learner.email);
	await password.fill(E2E_USERS.learner.password);
	await release();

	await expect(email).toHaveValue(E2E_USERS.learner.email);
	await expect(password).toHaveValue(E2E_USERS.learner.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
});

test('quiz answers given before the scripts load survive hydration and are graded', async ({
	page,
	newLearner
}) => {
	test.slow();
	const module = 'functies';
	const items = itemsOf(module);
	await newLearner('Vera Vroeg');
	await enrolInTeacherTrack(page);
	await startQuiz(page, module);

	const release = await holdScripts(page);
	await page.reload({ waitUntil: 'domcontentloaded' });
	await answerAll(page, items, true);
	const sure = page
		.getByRole('group', { name: 'Hoe zeker ben je? (mag je overslaan)' })
		.first()
		.getByLabel('Zeker');
	await sure.check();
	await release();

	await expect(sure).toBeChecked();
	await expect(page.getByText(`${items.length} van ${items.length} beantwoord`)).toBeVisible();
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page).toHaveURL(/\/toets\/[a-z0-9]+$/);
	await expect(page.getByText(`Je score: ${items.length} van ${items.length}`)).toBeVisible();
});
