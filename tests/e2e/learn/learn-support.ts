import { expect, type Page } from '@playwright/test';

// Course facts the learner tests rely on (modules/tracks.yaml and modules/01-functies).
export const TEACHER_TRACK = {
	slug: 'ondersteuners-effectief-inzetten',
	title: 'Ondersteuners effectief inzetten'
};
export const ASSISTANT_TRACK = {
	slug: 'werken-als-ondersteuner',
	title: 'Werken als ondersteuner: wat de school van je verwacht'
};
export const FIRST_MODULE = { slug: 'functies', title: 'Vier ondersteunende functies' };
export const FIRST_LESSONS = [
	'Onderwijsassistent en klassenassistent',
	'Lerarenondersteuner en instructeur'
];

/** Starts a track from the dashboard, as a learner who has none; lands on its first module. */
export async function startOnOwn(page: Page, track: { title: string }) {
	await page.goto('/leren');
	await page.getByRole('button', { name: `Start deze route: ${track.title}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: FIRST_MODULE.title })).toBeVisible();
}

/** The visible progress sentence of a track on the dashboard. */
export function progressText(page: Page, track: { slug: string }) {
	return page.locator(`#${track.slug}-progress-text`);
}

/** Fails when the page scrolls sideways at the current viewport width. */
export async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}
