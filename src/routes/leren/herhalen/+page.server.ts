import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { answerReviewSession, loadReviewSession } from '$lib/server/review';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return loadReviewSession(getDb(), user.id, locals.now);
}) satisfies PageServerLoad;

export const actions = {
	answer: async ({ locals, request }) => {
		const { user } = requireUser(locals);
		const result = await answerReviewSession(
			getDb(),
			user.id,
			await request.formData(),
			locals.now
		);
		if (!result.ok) return fail(400, { errors: result.errors, values: result.values });
		return { answered: result };
	}
} satisfies Actions;
