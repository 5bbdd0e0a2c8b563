import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/http/guards';
import { loadLearnerInGroup } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'trainer', 'admin');
	return loadLearnerInGroup(getDb(), user, params.id, params.userId, locals.now);
}) satisfies PageServerLoad;
