import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { certificateDownload } from '$lib/server/certificates/certificates';
import { toLocale } from '$lib/server/certificates/format';
import { pdfResponse } from '$lib/server/pdf/response';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	const pdf = await certificateDownload(getDb(), user, params.track, {
		now: locals.now,
		locale: toLocale(getLocale()),
		origin: url.origin
	});
	return pdfResponse(pdf);
};
