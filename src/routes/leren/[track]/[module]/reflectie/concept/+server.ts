import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { saveDraft } from '$lib/server/reflection/drafts';
import { draftBodySchema } from '$lib/server/reflection/validate';
import type { RequestHandler } from './$types';

/**
 * The autosave: `{ sequence, fields }` in, `200 { sequence, savedAt }` when stored, `409
 * { current }` when another tab saved first (nothing is stored), `400 { errors }` on bad input.
 */
export const PUT: RequestHandler = async ({ locals, params, request }) => {
	// JSON callers get a status, not the login redirect that pages get.
	if (!locals.user) error(401, 'unauthenticated');
	const body = draftBodySchema.safeParse(await request.json().catch(() => null));
	if (!body.success) return json({ errors: { form: 'invalid' } }, { status: 400 });
	const result = await saveDraft(getDb(), {
		userId: locals.user.id,
		trackSlug: params.track,
		moduleSlug: params.module,
		sequence: body.data.sequence,
		fields: body.data.fields,
		now: locals.now
	});
	switch (result.outcome) {
		case 'saved':
			return json({ sequence: result.sequence, savedAt: result.savedAt });
		case 'conflict':
			return json({ current: result.current }, { status: 409 });
		case 'invalid':
			return json({ errors: result.errors }, { status: 400 });
	}
};
