import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { loadQuizPage, startQuiz, submitQuiz } from '$lib/server/quiz';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	return loadQuizPage(getDb(), user.id, params.track, params.module);
}) satisfies PageServerLoad;

export const actions = {
	start: async ({ locals, params }) => {
		const { user } = requireUser(locals);
		await startQuiz(getDb(), user.id, params.track, params.module, locals.now);
		redirect(303, `/leren/${params.track}/${params.module}/toets`);
	},
	submit: async ({ locals, params, request }) => {
		const { user } = requireUser(locals);
		const form = await request.formData();
		const result = await submitQuiz(
			getDb(),
			user.id,
			params.track,
			params.module,
			form,
			locals.now
		);
		if (!result.ok) return fail(400, { errors: result.errors, values: result.values });
		redirect(303, `/leren/${params.track}/${params.module}/toets/${result.attemptId}`);
	}
} satisfies Actions;
