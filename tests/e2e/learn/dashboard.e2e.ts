import { test, expect, expectAccessible } from '../support/fixtures';
import {
	ASSISTANT_TRACK,
	FIRST_LESSONS,
	FIRST_MODULE,
	TEACHER_TRACK,
	progressText,
	startOnOwn
} from './learn-support';

test('a new learner sees both tracks, starts one on their own, then can add the other', async ({
	page,
	newLearner
}) => {
	await newLearner('Sanne Start');
	await page.getByRole('link', { name: 'Mijn leren' }).click();
	await expect(page.getByText('Je volgt nog geen leerroute.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: TEACHER_TRACK.title })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: ASSISTANT_TRACK.title })).toBeVisible();
	await expectAccessible(page);

	await startOnOwn(page, ASSISTANT_TRACK);
	await page.goto('/leren');
	await expect(page.getByRole('heading', { level: 2, name: ASSISTANT_TRACK.title })).toBeVisible();
	await expect(progressText(page, ASSISTANT_TRACK)).toContainText('0% gedaan');
	await expect(page.getByText('Er staan vandaag geen herhaalvragen klaar.')).toBeVisible();
	await expectAccessible(page);
	// The portfolio is there from the start: reflections are collected as the learner goes.
	await page.getByRole('link', { name: 'Naar mijn portfolio' }).click();
	await expect(page).toHaveURL(/\/leren\/portfolio$/);
	await page.goto('/leren');

	await page.getByRole('button', { name: `Start deze route: ${TEACHER_TRACK.title}` }).click();
	await page.goto('/leren');
	await expect(page.getByRole('heading', { level: 2, name: TEACHER_TRACK.title })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: ASSISTANT_TRACK.title })).toBeVisible();
});

test('reading a lesson moves the progress bar, and "verder" opens the exact next step', async ({
	page,
	newLearner
}) => {
	await newLearner('Pim Voortgang');
	await startOnOwn(page, TEACHER_TRACK);
	await page.goto('/leren');
	const track = page.locator(`#${TEACHER_TRACK.slug}`);
	await expect(progressText(page, TEACHER_TRACK)).toContainText('0% gedaan');
	await expect(track.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');

	await track.getByRole('link', { name: 'Begin hier' }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSONS[0] })).toBeVisible();
	await page.getByRole('button', { name: 'Gelezen, volgende les' }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSONS[1] })).toBeVisible();

	await page.goto('/leren');
	await expect(progressText(page, TEACHER_TRACK)).not.toContainText('0% gedaan');
	await expect(track.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow', '0');
	await expect(track.getByText('Lessen gelezen: 1 van 3')).toBeVisible();
	await expect(track.getByText('Bezig')).toBeVisible();
	await track.getByRole('link', { name: 'Verder waar je was' }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSONS[1] })).toBeVisible();
});

test('a locked module says which module must be completed first', async ({ page, newLearner }) => {
	await newLearner('Lars Slot');
	await startOnOwn(page, TEACHER_TRACK);
	await page.goto('/leren');
	const second = page.locator(`#${TEACHER_TRACK.slug} li`).filter({ hasText: 'Module 2' });
	await expect(second.getByText('Nog op slot')).toBeVisible();
	await expect(second.getByText(`Rond eerst ‘${FIRST_MODULE.title}’ af.`)).toBeVisible();
	await expect(second.getByRole('link')).toHaveCount(0);

	await page.goto(`/leren/${TEACHER_TRACK.slug}/arbeidsmarkt`);
	await expect(page.getByText(`Rond eerst ‘${FIRST_MODULE.title}’ af.`)).toBeVisible();
	await page.getByRole('link', { name: `Naar ${FIRST_MODULE.title}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_MODULE.title })).toBeVisible();
	await expectAccessible(page);
});

test('another learner’s track is not there for someone not enrolled in it', async ({
	page,
	newLearner
}) => {
	await newLearner('Nora Niet');
	const response = await page.goto(`/leren/${TEACHER_TRACK.slug}/${FIRST_MODULE.slug}`);
	expect(response?.status()).toBe(404);
	const lesson = await page.goto(
		`/leren/${TEACHER_TRACK.slug}/${FIRST_MODULE.slug}/les/vier-functies`
	);
	expect(lesson?.status()).toBe(404);
});
