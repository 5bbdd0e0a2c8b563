import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { E2E_USERS, type E2EUser } from '../support/users';
import { MATRIX } from '../support/seed-matrix';
import { discoverRoutes } from './route-matrix';

// Generated from src/routes: every trainer and admin route, for the page, its __data.json, every
// form action and every endpoint method, must refuse a learner, a trainer of another group and an
// anonymous visitor. The group's own trainer must get the page, which proves the parameters real.
const PARAMS = {
	id: MATRIX.cohortId,
	userId: MATRIX.learnerId,
	reflectionId: MATRIX.reflectionId,
	module: MATRIX.moduleSlug
};
const trainerRoutes = discoverRoutes(['opleider'], PARAMS);
const adminRoutes = discoverRoutes(['beheer'], PARAMS);
const PROTECTED_TEXT = ['matrix@e2e.test', 'Mats Matrix', 'MTRX-2345'];
const REFUSED = [401, 403, 404];

async function actor(baseURL: string, who: E2EUser | null, address: string) {
	const context = await playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: { 'x-forwarded-for': address, origin: baseURL }
	});
	if (who) {
		const { email, password } = E2E_USERS[who];
		const response = await context.post('/inloggen', {
			form: { email, password },
			headers: { accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), `login as ${who}`).toBe(303);
	}
	return context;
}

async function expectRefused(
	context: APIRequestContext,
	who: string,
	routes: typeof trainerRoutes
) {
	for (const route of routes) {
		const label = `${who} → ${route.id}`;
		if (route.page) {
			const page = await context.get(route.path, { maxRedirects: 0 });
			if (who === 'anonymous') {
				expect([303, 307], `${label} page`).toContain(page.status());
				expect(page.headers()['location'], `${label} page`).toMatch(/^\/inloggen\?terug=/);
			} else {
				expect(REFUSED, `${label} page (${page.status()})`).toContain(page.status());
			}
			const data = await context.get(`${route.path.replace(/\/$/, '')}/__data.json`, {
				maxRedirects: 0
			});
			const body = await data.text();
			// SvelteKit answers a data request whose load failed with 200 and an error node.
			const refused = REFUSED.includes(data.status()) || body.includes('"type":"error"');
			expect(refused, `${label} __data.json (${data.status()}): ${body.slice(0, 120)}`).toBe(true);
			for (const text of PROTECTED_TEXT) expect(body, `${label} __data.json`).not.toContain(text);
		}
		for (const action of route.actions) {
			const target = action === 'default' ? route.path : `${route.path}?/${action}`;
			const response = await context.post(target, {
				form: { userId: MATRIX.learnerId, email: 'x@e2e.test', name: 'x' },
				maxRedirects: 0
			});
			expect(REFUSED, `${label} action ${action} (${response.status()})`).toContain(
				response.status()
			);
		}
		for (const method of route.endpoints) {
			const response = await context.fetch(route.path, { method, maxRedirects: 0 });
			const allowed = who === 'anonymous' && method === 'GET' ? [...REFUSED, 303, 307] : REFUSED;
			expect(allowed, `${label} ${method} (${response.status()})`).toContain(response.status());
		}
	}
}

test('the matrix covers the trainer area', () => {
	expect(trainerRoutes.length).toBeGreaterThanOrEqual(3);
	expect(trainerRoutes.map((r) => r.id)).toContain('/opleider/groepen/[id]/beheer');
});

for (const who of ['anonymous', 'learner', 'otherTrainer'] as const) {
	// Another trainer may open their own list and inbox; every route about a group, a learner
	// or a reflection (a route with a parameter) must refuse them.
	const routes =
		who === 'otherTrainer' ? trainerRoutes.filter((r) => r.id.includes('[')) : trainerRoutes;
	test(`trainer routes refuse ${who}`, async ({ baseURL, clientAddress }) => {
		const context = await actor(baseURL!, who === 'anonymous' ? null : who, clientAddress);
		await expectRefused(context, who, routes);
		await context.dispose();
	});
}

for (const who of ['anonymous', 'learner', 'trainer'] as const) {
	test(`admin routes refuse ${who}`, async ({ baseURL, clientAddress }) => {
		const context = await actor(baseURL!, who === 'anonymous' ? null : who, clientAddress);
		await expectRefused(context, who, adminRoutes);
		await context.dispose();
	});
}

test('the group’s own trainer gets every trainer page (the parameters are real)', async ({
	baseURL,
	clientAddress
}) => {
	const context = await actor(baseURL!, 'trainer', clientAddress);
	for (const route of trainerRoutes.filter((r) => r.page)) {
		const response = await context.get(route.path);
		expect(response.status(), route.id).toBe(200);
	}
	await context.dispose();
});
