import { getDb } from '$lib/server/db';
import { resultsExport } from '$lib/server/exports';
import { requireRole } from '$lib/server/http/guards';
import type { RequestHandler } from './$types';

export const GET = (async ({ locals, params }) => {
	const user = requireRole(locals, 'trainer', 'admin');
	return resultsExport(getDb(), user, params.id, locals.now, 'csv');
}) satisfies RequestHandler;
