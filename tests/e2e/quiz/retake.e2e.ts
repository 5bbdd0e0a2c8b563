import { test, expect, expectAccessible } from '../support/fixtures';
import {
	answerAll,
	answerItem,
	enrolInTeacherTrack,
	itemsOf,
	quizPath,
	startQuiz
} from './support';
import { questionOf } from '../../../src/lib/content';

const MODULE = 'functies';
const items = itemsOf(MODULE);

test('fail a quiz, read the feedback, pass on retake; the best score counts', async ({
	page,
	newLearner
}) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	await newLearner('Fenna Feedback');
	await enrolInTeacherTrack(page);
	await page.goto(quizPath(MODULE));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Toets: /);
	await expectAccessible(page);

	await startQuiz(page, MODULE);
	await expect(page.getByText(`0 van ${items.length} beantwoord`)).toBeVisible();
	await answerAll(page, items, false);
	await expect(page.getByText(`${items.length} van ${items.length} beantwoord`)).toBeVisible();
	await page
		.getByRole('group', { name: 'Hoe zeker ben je? (mag je overslaan)' })
		.first()
		.getByLabel('Zeker')
		.check();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Lever de toets in' }).click();

	await expect(page).toHaveURL(/\/toets\/[a-z0-9]+$/);
	await expect(page.getByText('Nog niet gehaald')).toBeVisible();
	await expect(page.getByText('Je score: 0 van')).toBeVisible();
	// The feedback on the option the learner chose, and the explanation, with a way back.
	const first = items[0]!;
	const q = questionOf(first);
	if (q.type !== 'single' && q.type !== 'multiple') throw new Error('expected a choice item');
	const chosen = q.options.find((o) => o.correct !== true)!;
	const result = page.locator('article').first();
	await expect(result.getByText(chosen.feedback)).toBeVisible();
	await expect(result.getByText(first.explanation)).toBeVisible();
	await expect(result.getByText('Hoe zeker je was: Zeker')).toBeVisible();
	const readBack = result.getByRole('link', { name: /Lees terug/ }).first();
	await expect(readBack).toHaveAttribute('href', `/bron#${first.passages[0]}`);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Maak de toets opnieuw' }).click();
	await expect(page.getByRole('button', { name: 'Lever de toets in' })).toBeVisible();
	await answerAll(page, items, true);
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByText('Gehaald! Je had 70% nodig.')).toBeVisible();
	await expect(page.getByText('Je beste score: 100%.')).toBeVisible();

	// A weaker third attempt does not lower the best score.
	await page.getByRole('button', { name: 'Maak de toets opnieuw' }).click();
	await answerItem(page, first, true);
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByText('Nog niet gehaald')).toBeVisible();
	await expect(page.getByText('Je beste score: 100%. Je hebt de toets gehaald.')).toBeVisible();

	await page.goto(quizPath(MODULE));
	await expect(page.getByRole('heading', { name: 'Jouw pogingen' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: /gehaald/ })).toHaveCount(3);
	await expect(page.getByText('Je beste score: 100%.')).toBeVisible();
	await expectAccessible(page);
});

test('another learner cannot open an attempt by id', async ({ page, newLearner }) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	const first = items[0]!;
	await newLearner('Eva Eigen');
	await enrolInTeacherTrack(page);
	await startQuiz(page, MODULE);
	await answerItem(page, first, false);
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page).toHaveURL(/\/toets\/[a-z0-9]+$/);
	const resultPath = new URL(page.url()).pathname;
	await page.getByRole('button', { name: 'Uitloggen' }).click();

	await newLearner('Nina Nieuwsgierig');
	await enrolInTeacherTrack(page);
	const response = await page.goto(resultPath);
	expect(response?.status()).toBe(404);
	await expect(page.getByText(first.explanation)).toHaveCount(0);
	await expectAccessible(page);
	// A data request carries the page's error instead of its data.
	const data = await (await page.request.get(`${resultPath}/__data.json`)).text();
	expect(data).toContain('"status":404');
	expect(data).not.toContain(first.explanation.slice(0, 40));
});
