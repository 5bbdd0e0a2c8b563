import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { parseForm } from '$lib/server/http/form';
import { checkinForm } from '$lib/server/reflection/form-input';
import { answerIntention, intentionPage } from '$lib/server/reflection/intention';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	return intentionPage(getDb(), user.id, params.track, params.module);
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params, request }) => {
		const { user } = requireUser(locals);
		const form = parseForm(checkinForm, await request.formData(), { echo: ['answer'] });
		if (!form.ok) {
			return fail(400, { errors: form.errors, values: { answer: form.values.answer ?? '' } });
		}
		const result = await answerIntention(getDb(), {
			userId: user.id,
			trackSlug: params.track,
			moduleSlug: params.module,
			fromModuleSlug: form.data.from,
			answer: form.data.answer,
			now: locals.now
		});
		if (result.outcome === 'already-answered') return fail(409, { alreadyAnswered: true as const });
		redirect(
			303,
			`/leren/${encodeURIComponent(params.track)}/${encodeURIComponent(params.module)}`
		);
	}
} satisfies Actions;
