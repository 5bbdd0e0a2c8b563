import type { Page } from '@playwright/test';
import { expect } from '../support/fixtures';

export const LERAAR = 'ondersteuners-effectief-inzetten';
export const ONDERSTEUNER = 'werken-als-ondersteuner';

export const reflectionUrl = (track: string, module: string) =>
	`/leren/${track}/${module}/reflectie`;

/** Joins a seeded group through its join link (which also enrols in the group's track). */
export async function joinGroup(page: Page, code: string) {
	await page.goto(`/deelnemen/${code}`);
	await page.getByRole('button', { name: 'Meedoen met deze groep' }).click();
	await page.waitForURL(/\/leren(\?|$)/);
}

/**
 * Opens the reflection form and waits until it runs (the save status appears once the page is
 * hydrated): typing before that would not reach the autosave.
 */
export async function openForm(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByTestId('save-status')).toBeVisible();
}

/** Starts a track on one's own from the dashboard (no group: nobody else reads the reflections). */
export async function startTrack(page: Page, title: string) {
	await page.goto('/leren');
	await page.getByRole('button', { name: `Start deze route: ${title}` }).click();
	await page.waitForURL(/\/leren\/[^/]+\/[^/]+$/);
}

/** The save status under the form; `data-state` tells the sync state apart from its wording. */
export function saveStatus(page: Page) {
	return page.getByTestId('save-status');
}

/** Waits until the autosave has confirmed everything typed so far. */
export async function expectSaved(page: Page) {
	await expect(saveStatus(page)).toHaveAttribute('data-state', 'clean');
	await expect(saveStatus(page)).toContainText(/Opgeslagen om \d{2}:\d{2}/);
}

/** The page's own copy in localStorage, for this exercise (there is only one in these tests). */
export async function localCopies(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Object.keys(localStorage)
			.filter((key) => key.startsWith('klasteam.reflectie.'))
			.map((key) => localStorage.getItem(key) ?? '')
	);
}

export async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** Fills every field of the ALACT exercise of module `functies` for the teacher track. */
export async function fillAlact(page: Page, marker: string) {
	const text = [
		'Situatie',
		'Wat wilde ik?',
		'Wat deed ik?',
		'Wat dacht ik?',
		'Wat voelde ik?',
		'Wat wilde de ondersteuner?',
		'Wat deed de ondersteuner?',
		'Wat dacht de ondersteuner?',
		'Wat voelde de ondersteuner?',
		'De kern',
		'Alternatief 1',
		'Alternatief 2',
		'Mijn voornemen'
	];
	for (const label of text) {
		await page.getByLabel(label, { exact: true }).fill(`${marker}: ${label}`);
	}
	await page.getByRole('radio', { name: 'Duidelijke rollen en taken' }).check();
	await page.getByLabel('Wanneer?', { exact: true }).fill('2026-12-14');
}
