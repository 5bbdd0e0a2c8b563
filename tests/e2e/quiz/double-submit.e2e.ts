import { test, expect, expectAccessible } from '../support/fixtures';
import { answerAll, enrolInTeacherTrack, itemsOf, quizPath, startQuiz } from './support';

const MODULE = 'functies';
const items = itemsOf(MODULE);

test('a stale second tab resubmitting the same attempt gets the first result', async ({
	page,
	context,
	newLearner
}) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	await newLearner('Dirk Dubbel');
	await enrolInTeacherTrack(page);
	await startQuiz(page, MODULE);
	const second = await context.newPage();
	await second.goto(quizPath(MODULE));
	await expect(second.getByRole('button', { name: 'Lever de toets in' })).toBeVisible();

	await answerAll(page, items, true);
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByText('Gehaald!')).toBeVisible();
	const firstResult = page.url();

	await answerAll(second, items, false);
	await second.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(second).toHaveURL(firstResult);
	await expect(
		second.getByText(`Je score: ${items.length} van ${items.length} punten`)
	).toBeVisible();
	await expectAccessible(second);

	await page.goto(quizPath(MODULE));
	await expect(page.getByRole('heading', { name: 'Jouw pogingen' })).toBeVisible();
	await expect(page.locator('section[aria-labelledby="history-title"] li')).toHaveCount(1);
});

test('a double click and two simultaneous posts store one attempt', async ({
	page,
	newLearner
}) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	await newLearner('Dora Dubbelklik');
	await enrolInTeacherTrack(page);
	await startQuiz(page, MODULE);
	await answerAll(page, items, true);

	// The same form posted twice at once, as a browser without script would on a double click.
	const body = await page.locator('form.quiz').evaluate((form) => {
		if (!(form instanceof HTMLFormElement)) throw new Error('no form');
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(form)) params.append(key, String(value));
		return params.toString();
	});
	const origin = new URL(page.url()).origin;
	const post = () =>
		page.request.post(`${quizPath(MODULE)}?/submit`, {
			data: body,
			// Accept text/html: what a browser sends for a plain form post (no script), answered 303.
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				origin
			},
			maxRedirects: 0
		});
	const [one, two] = await Promise.all([post(), post()]);
	expect([one.status(), two.status()]).toEqual([303, 303]);
	expect(one.headers().location).toMatch(/\/toets\/[a-z0-9]+$/);
	expect(two.headers().location).toBe(one.headers().location);

	// And a real double click on the enhanced form of the next attempt.
	await page.goto(quizPath(MODULE));
	await page.getByRole('button', { name: 'Maak de toets opnieuw' }).click();
	await answerAll(page, items, false);
	await page.getByRole('button', { name: 'Lever de toets in' }).dblclick();
	await expect(page.getByText('Nog niet gehaald')).toBeVisible();

	await page.goto(quizPath(MODULE));
	await expect(page.locator('section[aria-labelledby="history-title"] li')).toHaveCount(2);
});
