import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { feedbackFormSchema, giveFeedback } from '$lib/server/analysis/feedback';
import { openReflection, requireReadableReflection } from '$lib/server/analysis/reflection-page';
import { parseForm } from '$lib/server/http/form';
import { requireRole } from '$lib/server/http/guards';
import type { Actions, PageServerLoad } from './$types';

const ECHO = ['goal', 'progress', 'nextStep'];

// Every load is an open, and every open is recorded for the learner to see.
export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'trainer', 'admin');
	return openReflection(getDb(), user, params.reflectionId, locals.now);
}) satisfies PageServerLoad;

export const actions = {
	feedback: async ({ locals, params, request }) => {
		const user = requireRole(locals, 'trainer', 'admin');
		// Access before validation: another group's trainer learns nothing, not even a form error.
		await requireReadableReflection(getDb(), user, params.reflectionId);
		const form = parseForm(feedbackFormSchema, await request.formData(), { echo: ECHO });
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const outcome = await giveFeedback(getDb(), user, params.reflectionId, form.data, locals.now);
		if (!outcome.ok) {
			const values = {
				goal: form.data.goal,
				progress: form.data.progress,
				nextStep: form.data.nextStep
			};
			return fail(409, { stale: outcome.latest, values });
		}
		return { sent: true };
	}
} satisfies Actions;
