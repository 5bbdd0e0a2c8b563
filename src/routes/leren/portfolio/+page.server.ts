import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { portfolioSummary } from '$lib/server/certificates/portfolio';
import { toLocale } from '$lib/server/certificates/format';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const portfolio = await portfolioSummary(getDb(), user, {
		now: locals.now,
		locale: toLocale(getLocale())
	});
	return { portfolio };
}) satisfies PageServerLoad;
