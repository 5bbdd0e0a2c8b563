import { getDb } from '$lib/server/db';
import { moduleAnalysis } from '$lib/server/analysis/item-analysis';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { requireRole } from '$lib/server/http/guards';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'trainer', 'admin');
	const group = await requireCohortAccess(getDb(), user, params.id);
	return moduleAnalysis(getDb(), group, params.module);
}) satisfies PageServerLoad;
