import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { getModuleView } from '$lib/server/learning/module-view';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	return { view: await getModuleView(getDb(), user.id, params) };
}) satisfies PageServerLoad;
