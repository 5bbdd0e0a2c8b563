import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { parseForm } from '$lib/server/http/form';
import { joinCohort } from '$lib/server/learning/enrolment';
import type { Actions, PageServerLoad } from './$types';

// Longer than any code typed with spaces and dashes; the service judges the rest.
const joinForm = z.object({
	code: z.string({ error: 'required' }).max(40, { error: 'format' })
});

export const load = (({ locals, url }) => {
	requireUser(locals, url);
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request }) => {
		const { user } = requireUser(locals);
		const form = parseForm(joinForm, await request.formData(), { echo: ['code'] });
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const code = form.data.code;
		const result = await joinCohort(getDb(), user, code, locals.now);
		if (!result.ok) return fail(400, { errors: { code: result.reason }, values: { code } });
		redirect(303, `/leren?aangemeld=${encodeURIComponent(result.track.slug)}`);
	}
} satisfies Actions;
