import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { portfolioDownload } from '$lib/server/certificates/portfolio';
import { toLocale } from '$lib/server/certificates/format';
import { pdfResponse } from '$lib/server/pdf/response';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const { user } = requireUser(locals, url);
	const pdf = await portfolioDownload(getDb(), user, {
		now: locals.now,
		locale: toLocale(getLocale())
	});
	return pdfResponse(pdf);
};
