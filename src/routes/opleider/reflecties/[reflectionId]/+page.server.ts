import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { submitFeedbackForm } from '$lib/server/analysis/feedback';
import { openReflection } from '$lib/server/analysis/reflection-page';
import { requireRole } from '$lib/server/http/guards';
import type { Actions, PageServerLoad } from './$types';

// Every load is an open, and every open is recorded for the learner to see.
export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'trainer', 'admin');
	return openReflection(getDb(), user, params.reflectionId, locals.now);
}) satisfies PageServerLoad;

export const actions = {
	feedback: async ({ locals, params, request }) => {
		const user = requireRole(locals, 'trainer', 'admin');
		const result = await submitFeedbackForm(
			getDb(),
			user,
			params.reflectionId,
			await request.formData(),
			locals.now
		);
		if (result.kind === 'invalid') {
			return fail(400, { errors: result.errors, values: result.values });
		}
		if (result.kind === 'stale') return fail(409, { stale: result.latest, values: result.values });
		return { sent: true };
	}
} satisfies Actions;
