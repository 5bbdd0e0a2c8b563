import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { createCohort } from '$lib/server/cohorts/cohorts';
import { cohortForm } from '$lib/server/cohorts/forms';
import { cohortListView } from '$lib/server/cohorts/views';
import { requireRole } from '$lib/server/http/guards';
import { parseForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const user = requireRole(locals, 'trainer', 'admin');
	return cohortListView(getDb(), user);
}) satisfies PageServerLoad;

export const actions = {
	create: async ({ locals, request }) => {
		const user = requireRole(locals, 'trainer', 'admin');
		const form = parseForm(cohortForm, await request.formData(), {
			echo: ['name', 'trackId', 'startsOn', 'endsOn']
		});
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const created = await createCohort(getDb(), { ...form.data, ownerId: user.id });
		redirect(303, `/opleider/groepen/${created.id}/beheer?nieuw=1`);
	}
} satisfies Actions;
