import { getDb } from '$lib/server/db';
import { inboxView } from '$lib/server/analysis/inbox';
import { requireRole } from '$lib/server/http/guards';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, 'trainer', 'admin');
	const view = await inboxView(getDb(), user, url.searchParams);
	return { ...view, admin: user.role === 'admin' };
}) satisfies PageServerLoad;
