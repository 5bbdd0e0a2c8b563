import { test, expect, expectAccessible } from '../support/fixtures';
import { answerAll, answerItem, course, enrolInTeacherTrack, itemsOf, startQuiz } from './support';

const MODULE = 'functies';
const items = itemsOf(MODULE);
const DAY = 86_400_000;

test('a review session brings wrong answers back on the right days', async ({
	page,
	newLearner,
	clientAddress
}) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	// Midday UTC is the afternoon in Amsterdam, so whole days never straddle a midnight or a
	// clock change there.
	const today = new Date();
	const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12);
	const at = async (days: number) =>
		page.setExtraHTTPHeaders({
			'x-forwarded-for': clientAddress,
			'x-klasteam-now': new Date(start + days * DAY).toISOString()
		});
	await newLearner('Hanna Herhaal');
	await enrolInTeacherTrack(page);
	await at(0);
	await startQuiz(page, MODULE);
	await answerAll(page, items, false);
	// Sure but wrong on the last item: it must come first in the session.
	const confident = items[items.length - 1]!;
	await page
		.locator(`section[data-item="${confident.id}"]`)
		.getByLabel('Zeker', { exact: true })
		.check();
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByText('Nog niet gehaald')).toBeVisible();

	// Nothing is due the same day.
	await page.goto('/leren/herhalen');
	await expect(page.getByText('Er staan nu geen vragen klaar.')).toBeVisible();
	await expectAccessible(page);

	// Two days later every item is due; the session asks ten, the confident error first.
	await at(2);
	await page.goto('/leren/herhalen');
	await expect(page.getByText(`Vragen die klaarstaan: ${items.length}.`)).toBeVisible();
	const sections = page.locator('section[data-item]');
	await expect(sections).toHaveCount(Math.min(10, items.length));
	await expect(sections.first()).toHaveAttribute('data-item', confident.id);
	await expectAccessible(page);

	const shown = await sections.evaluateAll((nodes) =>
		nodes.map((node) => node.getAttribute('data-item') ?? '')
	);
	const asked = shown.map((id) => course.item(id)!);
	const [wrongAgain, ...rest] = asked;
	await answerItem(page, wrongAgain!, false);
	await answerAll(page, rest, true);
	await page.getByRole('button', { name: 'Kijk mijn antwoorden na' }).click();
	await expect(page.getByRole('heading', { name: 'Zo ging het' })).toBeVisible();
	await expect(page.locator('article')).toHaveCount(asked.length);
	await expect(page.locator('article').first()).toContainText('Fout');
	await expect(page.getByText(wrongAgain!.explanation)).toBeVisible();
	await expectAccessible(page);

	// The same day: only what was not asked yet (beyond the first ten) is still due.
	await page.goto('/leren/herhalen');
	const left = items.length - asked.length;
	if (left > 0) await expect(page.getByText(`Vragen die klaarstaan: ${left}.`)).toBeVisible();
	else await expect(page.getByText('Er staan nu geen vragen klaar.')).toBeVisible();

	// One day later the wrong one is back (box 1); the right ones wait three days (box 2).
	await at(3);
	await page.goto('/leren/herhalen');
	await expect(page.locator(`section[data-item="${wrongAgain!.id}"]`)).toHaveCount(1);
	await expect(page.locator(`section[data-item="${rest[0]!.id}"]`)).toHaveCount(0);

	await at(5);
	await page.goto('/leren/herhalen');
	await expect(page.locator(`section[data-item="${rest[0]!.id}"]`)).toHaveCount(1);
});
