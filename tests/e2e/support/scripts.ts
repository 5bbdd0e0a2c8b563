import type { Page, Route } from '@playwright/test';

// On a slow phone people type before the page's scripts have run; tests reproduce that by
// holding the app's scripts back.

/** Holds the app's scripts back; the returned function lets them through and waits for them. */
export async function holdScripts(page: Page): Promise<() => Promise<void>> {
	const held: Route[] = [];
	let open = false;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		if (open) await route.continue();
		else held.push(route);
	});
	return async () => {
		open = true;
		for (const route of held.splice(0)) await route.continue();
		await page.waitForLoadState('networkidle');
	};
}
