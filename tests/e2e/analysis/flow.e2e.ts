import { test, expect, expectAccessible } from '../support/fixtures';
import { fillAlact, joinGroup, reflectionUrl } from '../reflection/support';
import { holdScripts } from '../support/scripts';
import { E2E_USERS } from '../support/users';
import { LERAAR, expectNoSidewaysScroll, loginInNewContext, takeQuizSureButWrong } from './support';

// The whole loop through the UI: a learner joins the seeded group, takes the quiz and submits a
// reflection; the trainer reads the item analysis, opens the reflection (which the learner then
// sees), gives feedback in three parts, and reads the learner's reply.

test('item analysis, reflection feedback and the learner’s reply', async ({
	page,
	newLearner,
	browser,
	clientAddress
}) => {
	test.setTimeout(240_000);
	const learner = `Rosa Reflectie ${Date.now()}`;
	await newLearner(learner);
	await joinGroup(page, 'KTAM-2345');
	await takeQuizSureButWrong(page);
	await page.goto(reflectionUrl(LERAAR, 'functies'));
	await fillAlact(page, 'Mijn moment');
	await page.getByRole('button', { name: 'Inleveren' }).click();
	await expect(page.locator('#reflection-result')).toContainText('Ingeleverd als versie 1');

	const trainer = await loginInNewContext(browser, clientAddress, 'trainer');
	// The group's page leads to its item analysis and to its reflections.
	await trainer.goto('/opleider/groepen/e2e-open');
	// The page has no scripts, so its links stay relative as rendered: compare where they lead.
	const inbox = trainer.getByRole('link', { name: 'Reflecties van deze groep' });
	expect(
		await inbox.evaluate(
			(a: HTMLAnchorElement) => new URL(a.href).pathname + new URL(a.href).search
		)
	).toBe('/opleider/reflecties?groep=e2e-open');
	await trainer.getByRole('link', { name: 'Itemanalyse per toets' }).click();
	await expect(trainer.getByRole('heading', { level: 1 })).toHaveText(
		'Itemanalyse: Pabo 2 – groep A'
	);
	await expectAccessible(trainer);
	await trainer.getByRole('link', { name: '1. Vier ondersteunende functies' }).click();
	await expect(trainer.getByTestId('analysis-summary')).toContainText('eerste poging');
	// Someone was sure and wrong, so the first card is such an item; ours carries the badge.
	const cards = trainer.getByTestId('item-analysis');
	await expect(cards.first().getByTestId('confident-wrong')).toBeVisible();
	const second = cards.filter({ has: trainer.getByRole('heading', { name: /^Vraag 2 / }) });
	await expect(second.getByTestId('confident-wrong')).toContainText('zeker maar fout');
	await expect(second.getByRole('table', { name: 'Gekozen antwoorden bij vraag 2' })).toContainText(
		'De volledige pabo, een hbo-bachelor.'
	);
	await expect(second.getByRole('link', { name: /passage lerarenondersteuner-1/ })).toHaveAttribute(
		'href',
		'/bron#lerarenondersteuner-1'
	);
	await expectAccessible(trainer);
	await trainer.setViewportSize({ width: 320, height: 800 });
	await expectNoSidewaysScroll(trainer);
	await trainer.setViewportSize({ width: 1280, height: 900 });

	// The inbox, from the main menu; the new reflection is unread and unanswered.
	await trainer
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Reflecties' })
		.click();
	await expect(trainer.getByRole('heading', { level: 1 })).toHaveText('Reflecties');
	await trainer.goto('/opleider/reflecties?groep=e2e-open&status=ongelezen');
	await expectAccessible(trainer);
	const row = trainer.getByTestId('inbox-item').filter({ hasText: learner });
	await expect(row).toContainText('Ongelezen');
	await expect(row).toContainText('Nog geen feedback');
	await row.getByRole('link').click();
	await expect(trainer.getByRole('heading', { level: 1 })).toHaveText(`Reflectie van ${learner}`);
	await expect(trainer.getByTestId('reflection-fields')).toContainText('Mijn moment: Situatie');
	await expect(trainer.getByTestId('reflection-fields')).toContainText(
		'Duidelijke rollen en taken'
	);
	await expectAccessible(trainer);

	// A blank part is refused on the server, and what was typed stays.
	await trainer.getByLabel('Waar ga je naartoe?').fill('Je wilt heldere rollen in de klas.');
	await trainer.getByLabel('Hoe gaat het?').fill('   ');
	await trainer.getByLabel('Wat is je volgende stap?').fill('Spreek maandag de taken af.');
	await trainer.getByRole('button', { name: 'Feedback versturen' }).click();
	await expect(trainer.getByRole('alert')).toContainText('nog niet verstuurd');
	await expect(trainer.getByLabel('Waar ga je naartoe?')).toHaveValue(
		'Je wilt heldere rollen in de klas.'
	);
	await expect(trainer.getByLabel('Wat is je volgende stap?')).toHaveValue(
		'Spreek maandag de taken af.'
	);
	await expect(trainer.getByText('Vul dit in.')).toBeVisible();
	await expectAccessible(trainer);
	await trainer.getByLabel('Hoe gaat het?').fill('Je beschrijft de situatie precies.');
	await trainer.getByRole('button', { name: 'Feedback versturen' }).click();
	await expect(trainer.getByRole('status')).toContainText('Je feedback is verstuurd.');
	await expect(trainer.getByTestId('thread')).toContainText('Je beschrijft de situatie precies.');
	await expect(trainer.getByTestId('thread')).toContainText(
		`${learner} heeft nog niet gereageerd.`
	);
	await expect(trainer.getByLabel('Waar ga je naartoe?')).toHaveValue('');

	// The learner sees who read it, and the feedback, and replies once.
	await page.goto(reflectionUrl(LERAAR, 'functies'));
	await expect(page.getByTestId('reads')).toContainText(E2E_USERS.trainer.name);
	await expect(page.getByTestId('feedback')).toContainText('Je beschrijft de situatie precies.');
	// Typed before the page's scripts ran (a slow phone): the reply survives hydration.
	const release = await holdScripts(page);
	await page.goto(`${reflectionUrl(LERAAR, 'functies')}/versie/1`, {
		waitUntil: 'domcontentloaded'
	});
	await page.getByLabel('Jouw reactie').fill('Dank je, ik plan het gesprek.');
	await release();
	await expect(page.getByLabel('Jouw reactie')).toHaveValue('Dank je, ik plan het gesprek.');
	await page.getByRole('button', { name: 'Reactie versturen' }).click();
	await expect(page.getByTestId('reply')).toContainText('Dank je, ik plan het gesprek.');

	await trainer.reload();
	await expect(trainer.getByTestId('thread-reply')).toContainText('Dank je, ik plan het gesprek.');
	await trainer.goto('/opleider/reflecties?groep=e2e-open');
	const answered = trainer.getByTestId('inbox-item').filter({ hasText: learner });
	await expect(answered).toContainText('Gelezen');
	await expect(answered).toContainText('Feedback gegeven');
	await trainer.setViewportSize({ width: 320, height: 800 });
	await expectNoSidewaysScroll(trainer);
	await answered.getByRole('link').click();
	await expectNoSidewaysScroll(trainer);
	await trainer.context().close();
});
