import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * Renders the Dutch error page for a status, for the route guard in hooks.server.ts: an error
 * thrown inside `handle` would get the bare fallback page instead of the site's own.
 */
const SHOWN = new Set([401, 403, 404, 500, 503]);

export const load = (({ params }) => {
	const status = Number(params.status);
	error(SHOWN.has(status) ? status : 404, SHOWN.has(status) ? 'guard' : 'not-found');
}) satisfies PageServerLoad;
