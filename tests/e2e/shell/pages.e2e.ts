import { test, expect, expectAccessible } from '../support/fixtures';
import type { E2EUser } from '../support/users';

// Every page each role can open, scanned with axe at phone and laptop widths.
const PAGES: { role: E2EUser | null; paths: string[] }[] = [
	{ role: null, paths: ['/', '/inloggen', '/registreren', '/bestaat-niet'] },
	{ role: 'learner', paths: ['/', '/account'] },
	{ role: 'admin', paths: ['/account', '/beheer/gebruikers'] }
];

for (const { role, paths } of PAGES) {
	for (const width of [320, 1280]) {
		test(`${role ?? 'anonymous'} pages at ${width}px: no axe violations, no sideways scrolling`, async ({
			page,
			loginAs
		}) => {
			if (role) await loginAs(role);
			await page.setViewportSize({ width, height: 800 });
			for (const path of paths) {
				await page.goto(path);
				await expectAccessible(page);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
			}
		});
	}
}
