import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { normaliseVerificationCode } from '$lib/server/certificates/code';
import type { PageServerLoad } from './$types';

// A GET form: the typed code goes to its own public URL, which can be shared or bookmarked.
export const load = (({ url }) => {
	const typed = url.searchParams.get('code');
	if (typed === null) return { typed: '', invalid: false };
	const code = normaliseVerificationCode(typed);
	if (!code) return { typed: typed.slice(0, 100), invalid: true };
	redirect(303, resolve('/certificaat/[code]', { code }));
}) satisfies PageServerLoad;
