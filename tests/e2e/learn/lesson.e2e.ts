import { test, expect, expectAccessible } from '../support/fixtures';
import { FIRST_LESSONS, FIRST_MODULE, TEACHER_TRACK, startOnOwn } from './learn-support';

test('a lesson opens a cited passage in place by keyboard, and links to it in the article', async ({
	page,
	newLearner
}) => {
	await newLearner('Kim Toetsenbord');
	await startOnOwn(page, TEACHER_TRACK);
	await page.getByRole('link', { name: FIRST_LESSONS[0] }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSONS[0] })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: 'De onderwijsassistent' })
	).toBeVisible();
	// The teacher variant is shown, the assistant variant is not.
	await expect(page.getByText('Voor jou als leraar is dit onderscheid')).toBeVisible();
	await expect(page.getByText('Wil je ondersteuner worden?')).toHaveCount(0);
	await expectAccessible(page);

	const summary = page.getByText('Uit het artikel: Onderwijsassistent, alinea 1');
	const details = page.locator('details', { has: summary });
	const passage = details.getByText('Onderwijsassistenten ondersteunen leraren in het primair');
	await expect(passage).toBeHidden();
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(details).toHaveAttribute('open', '');
	await expect(passage).toBeVisible();
	await expectAccessible(page);

	await page.keyboard.press('Tab');
	const link = details.getByRole('link', { name: /Lees verder in het hele artikel/ });
	await expect(link).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/bron#onderwijsassistent-1$/);
	await expect(page.locator('#onderwijsassistent-1')).toBeInViewport();
	await expectAccessible(page);
});

test('previous and next move between lessons; the read button records and moves on', async ({
	page,
	newLearner
}) => {
	await newLearner('Vera Volgende');
	await startOnOwn(page, TEACHER_TRACK);
	const base = `/leren/${TEACHER_TRACK.slug}/${FIRST_MODULE.slug}`;
	const response = await page.goto(`${base}/les/vier-functies`);
	// Rendered once on the server, sent once: no slot left, and no JavaScript on the page.
	const html = (await response?.text()) ?? '';
	expect(html).not.toContain('klasteam-lesson');
	expect(html).toContain('<details class="citation">');
	await expect(page.locator('script')).toHaveCount(0);

	const nav = page.getByRole('navigation', { name: 'Lessen van deze module' });
	await expect(nav.getByRole('link', { name: /Vorige les/ })).toHaveCount(0);
	await nav.getByRole('link', { name: `Volgende les ${FIRST_LESSONS[1]}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSONS[1] })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Lessen van deze module' })
		.getByRole('link', { name: `Vorige les ${FIRST_LESSONS[0]}` })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSONS[0] })).toBeVisible();

	await page.getByRole('button', { name: 'Gelezen, volgende les' }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSONS[1] })).toBeVisible();
	await page.goto(`${base}/les/vier-functies`);
	await expect(page.getByText('Gelezen', { exact: true })).toBeVisible();
	// Reading it again is harmless and still moves on.
	await page.getByRole('button', { name: 'Volgende les' }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSONS[1] })).toBeVisible();

	await page.goto(base);
	const lessons = page.getByRole('region', { name: 'Lessen' });
	await expect(page.getByRole('listitem').filter({ hasText: FIRST_LESSONS[0] })).toContainText(
		'Gelezen'
	);
	await expect(page.getByRole('listitem').filter({ hasText: FIRST_LESSONS[1] })).toContainText(
		'Nog niet gelezen'
	);
	await expect(lessons).toBeVisible();

	// The cached lesson HTML exists per language: its own words follow the reader's choice.
	await page.goto(`${base}/les/vier-functies`);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByText('From the article: Onderwijsassistent, paragraph 1')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next lesson' })).toBeVisible();
	await expectAccessible(page);
});

test('the last lesson leads back to the module, and the end page says what is still needed', async ({
	page,
	newLearner
}) => {
	await newLearner('Eva Einde');
	await startOnOwn(page, TEACHER_TRACK);
	const base = `/leren/${TEACHER_TRACK.slug}/${FIRST_MODULE.slug}`;
	await page.goto(`${base}/les/eisen`);
	await page.getByRole('button', { name: 'Gelezen, terug naar de module' }).click();
	await expect(page).toHaveURL(new RegExp(`${base}$`));
	await expect(page.getByText('Lessen gelezen: 1 van 3')).toBeVisible();

	await page.goto(`${base}/klaar`);
	await expect(page.getByRole('heading', { level: 1, name: 'Nog niet afgerond' })).toBeVisible();
	await expect(page.getByText('Toets: nog niet gemaakt (nodig: 70%)')).toBeVisible();
	await expect(page.getByText('Reflectie: nog niet ingeleverd')).toBeVisible();
	await expectAccessible(page);
});

test('a lesson page kept whole shows each reader their own name, escaped, and their own read state', async ({
	page,
	newLearner
}) => {
	// The first view of a page may render it and keep it; every later view of the same lesson in
	// the same language, role and read state comes from what was kept
	// (docs/decisions/009-lesson-page-cache.md). Two readers in a row prove the name is per reader.
	const path = `/leren/${TEACHER_TRACK.slug}/${FIRST_MODULE.slug}/les/eisen`;
	for (const name of ['Sam <b>Vet</b> & "Co"', 'Noor Tweede']) {
		await newLearner(name);
		await startOnOwn(page, TEACHER_TRACK);
		for (const view of ['first', 'second']) {
			const response = await page.goto(path);
			const html = (await response?.text()) ?? '';
			expect(html, `${name}, ${view} view`).not.toMatch(/klasteamname/);
			await expect(page.locator('.who')).toContainText(name);
			await expect(
				page.getByRole('button', { name: 'Gelezen, terug naar de module' })
			).toBeVisible();
			await expect(page.getByText('Gelezen', { exact: true })).toHaveCount(0);
		}
		await page.getByRole('button', { name: 'Gelezen, terug naar de module' }).click();
		await page.goto(path);
		await expect(page.getByText('Gelezen', { exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Terug naar de module' })).toBeVisible();
		await expect(page.locator('.who')).toContainText(name);
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(page.getByRole('link', { name: 'Inloggen' })).toBeVisible();
	}
});
