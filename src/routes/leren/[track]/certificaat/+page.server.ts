import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { certificatePage } from '$lib/server/certificates/certificates';
import { toLocale } from '$lib/server/certificates/format';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	const view = await certificatePage(getDb(), user, params.track, {
		now: locals.now,
		locale: toLocale(getLocale()),
		origin: url.origin
	});
	return { view };
}) satisfies PageServerLoad;
