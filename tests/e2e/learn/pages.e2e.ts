import { test, expectAccessible } from '../support/fixtures';
import { E2E_COHORTS } from '../support/users';
import { FIRST_MODULE, TEACHER_TRACK, expectNoSidewaysScroll, startOnOwn } from './learn-support';

// Every page of the learner's journey that this slice builds, scanned with axe at phone and
// laptop widths, for a learner with a track and for an anonymous visitor.
const module = `/leren/${TEACHER_TRACK.slug}/${FIRST_MODULE.slug}`;
const LEARNER_PAGES = [
	'/leren',
	'/leren/deelnemen',
	module,
	`${module}/les/vier-functies`,
	`${module}/les/lerarenondersteuner-en-instructeur`,
	`${module}/les/eisen`,
	`${module}/klaar`,
	`/leren/${TEACHER_TRACK.slug}/arbeidsmarkt`,
	`/deelnemen/${E2E_COHORTS.open.joinCode}`,
	'/bron'
];
const ANONYMOUS_PAGES = [
	`/deelnemen/${E2E_COHORTS.open.joinCode}`,
	`/deelnemen/${E2E_COHORTS.archived.joinCode}`,
	'/bron'
];

for (const width of [320, 1280]) {
	test(`learner pages at ${width}px: no axe violations, no sideways scrolling`, async ({
		page,
		newLearner
	}) => {
		// Ten pages, each scanned by axe: more than the default minute on a busy machine.
		test.slow();
		await newLearner('Wim Breedte');
		await startOnOwn(page, TEACHER_TRACK);
		await page.setViewportSize({ width, height: 800 });
		for (const path of LEARNER_PAGES) {
			await page.goto(path);
			await expectAccessible(page);
			await expectNoSidewaysScroll(page);
		}
		// Open every citation on a lesson: the passages inside must fit too.
		await page.goto(`${module}/les/vier-functies`);
		for (const summary of await page.locator('summary').all()) await summary.click();
		await expectAccessible(page);
		await expectNoSidewaysScroll(page);
	});

	test(`public learn pages at ${width}px: no axe violations, no sideways scrolling`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		for (const path of ANONYMOUS_PAGES) {
			await page.goto(path);
			await expectAccessible(page);
			await expectNoSidewaysScroll(page);
		}
	});
}
