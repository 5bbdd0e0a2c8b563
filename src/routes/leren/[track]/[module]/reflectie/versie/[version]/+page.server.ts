import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { parseForm } from '$lib/server/http/form';
import { replyToFeedback } from '$lib/server/reflection/feedback';
import { replyForm } from '$lib/server/reflection/form-input';
import { versionPage } from '$lib/server/reflection/page';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	return versionPage(getDb(), user.id, params.track, params.module, params.version);
}) satisfies PageServerLoad;

export const actions = {
	reply: async ({ locals, params, request }) => {
		const { user } = requireUser(locals);
		const formData = await request.formData();
		const feedbackId = String(formData.get('feedbackId') ?? '');
		const form = parseForm(replyForm, formData, { echo: ['reply'] });
		if (!form.ok) {
			return fail(400, {
				feedbackId,
				errors: form.errors,
				values: { reply: form.values.reply ?? '' }
			});
		}
		const result = await replyToFeedback(getDb(), {
			userId: user.id,
			trackSlug: params.track,
			moduleSlug: params.module,
			feedbackId: form.data.feedbackId,
			reply: form.data.reply,
			now: locals.now
		});
		if (result.outcome === 'already-replied')
			return fail(409, { feedbackId, alreadyReplied: true as const });
		return { feedbackId, replied: true as const };
	}
} satisfies Actions;
