import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/http/guards';
import type { PageServerLoad } from './$types';

export const load = (({ locals }) => {
	requireRole(locals, 'trainer', 'admin');
	redirect(303, '/opleider/groepen');
}) satisfies PageServerLoad;
