import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { getDb } from '$lib/server/db';
import { verifyCertificate } from '$lib/server/certificates/certificates';
import { toLocale } from '$lib/server/certificates/format';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

// Public: no login. Shows only the holder's name, the track and the date.
export const load = (async ({ params }) => {
	const result = await verifyCertificate(getDb(), params.code, toLocale(getLocale()));
	if (result.status !== 'invalid' && result.code !== params.code) {
		redirect(308, resolve('/certificaat/[code]', { code: result.code }));
	}
	if (result.status !== 'found') error(404, 'not-found');
	return {
		certificate: {
			holderName: result.holderName,
			trackTitle: result.trackTitle,
			issuedOn: result.issuedOn
		}
	};
}) satisfies PageServerLoad;
