import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { parseForm } from '$lib/server/http/form';
import { getDashboard } from '$lib/server/learning/dashboard';
import { startTrack } from '$lib/server/learning/enrolment';
import type { Actions, PageServerLoad } from './$types';

const startForm = z.object({ track: z.string({ error: 'required' }).trim().min(1).max(40) });

export const load = (async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return {
		dashboard: await getDashboard(getDb(), user.id, locals.now),
		joined: url.searchParams.has('aangemeld')
	};
}) satisfies PageServerLoad;

export const actions = {
	start: async ({ locals, request }) => {
		const { user } = requireUser(locals);
		const form = parseForm(startForm, await request.formData());
		if (!form.ok) return fail(400, { errors: form.errors });
		const track = await startTrack(getDb(), user, form.data.track, locals.now);
		if (!track) return fail(400, { errors: { track: 'unknown-track' } });
		redirect(303, `/leren/${track.slug}/${track.modules[0] ?? ''}`);
	}
} satisfies Actions;
