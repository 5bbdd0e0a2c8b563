import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { joinCohort, previewJoin } from '$lib/server/learning/enrolment';
import type { Actions, PageServerLoad } from './$types';

// The join link a trainer shares. Anyone may open it and see which group it is; joining needs
// an account, and login and registration bring the visitor back here (?terug=).

export const load = (async ({ locals, params }) => {
	const preview = await previewJoin(getDb(), locals.user?.id ?? null, params.code, locals.now);
	return {
		preview,
		signedIn: locals.user !== null,
		isLearner: locals.user?.role === 'learner'
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params, url }) => {
		const { user } = requireUser(locals, url);
		const result = await joinCohort(getDb(), user, params.code, locals.now);
		if (!result.ok) return fail(400, { reason: result.reason });
		redirect(303, `/leren?aangemeld=${encodeURIComponent(result.track.slug)}`);
	}
} satisfies Actions;
