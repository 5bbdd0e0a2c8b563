import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { saveDraft } from '$lib/server/reflection/drafts';
import { readReflectionForm } from '$lib/server/reflection/form-input';
import { reflectionPage } from '$lib/server/reflection/page';
import { submitReflection } from '$lib/server/reflection/submit';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	return reflectionPage(getDb(), user.id, params.track, params.module);
}) satisfies PageServerLoad;

// Both actions work without JavaScript. A missing or unreadable sequence counts as stale (-1),
// so a malformed post can never overwrite the draft.
async function input(
	locals: App.Locals,
	params: { track: string; module: string },
	request: Request
) {
	const { user } = requireUser(locals);
	const form = readReflectionForm(await request.formData());
	return {
		draft: {
			userId: user.id,
			trackSlug: params.track,
			moduleSlug: params.module,
			sequence: form.sequence ?? -1,
			fields: form.fields,
			now: locals.now
		},
		given: form.sequence ?? -1,
		values: form.fields
	};
}

export const actions = {
	save: async ({ locals, params, request }) => {
		const { draft, given, values } = await input(locals, params, request);
		const result = await saveDraft(getDb(), draft);
		if (result.outcome === 'conflict')
			return fail(409, { outcome: 'conflict' as const, given, values, current: result.current });
		if (result.outcome === 'invalid')
			return fail(400, { outcome: 'invalid' as const, given, values, errors: result.errors });
		return result;
	},
	submit: async ({ locals, params, request }) => {
		const { draft, given, values } = await input(locals, params, request);
		const result = await submitReflection(getDb(), draft);
		switch (result.outcome) {
			case 'conflict':
				return fail(409, { outcome: 'conflict' as const, given, values, current: result.current });
			case 'invalid':
				return fail(400, { outcome: 'invalid' as const, given, values, errors: result.errors });
			case 'incomplete':
				return fail(400, result);
			case 'submitted':
				return result;
		}
	}
} satisfies Actions;
