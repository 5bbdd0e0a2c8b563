import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { loadAttemptResult } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	const { track, result } = await loadAttemptResult(
		getDb(),
		user.id,
		params.track,
		params.module,
		params.attempt
	);
	// Still open: there is no result yet, only the quiz itself.
	if (result.status === 'open') redirect(303, `/leren/${params.track}/${params.module}/toets`);
	return { track, result };
}) satisfies PageServerLoad;
