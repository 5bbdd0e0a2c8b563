import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/http/guards';
import { loadGroupOverview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, 'trainer', 'admin');
	return loadGroupOverview(getDb(), user, params.id, locals.now, url.searchParams);
}) satisfies PageServerLoad;
