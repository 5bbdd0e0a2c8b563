import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { logIn } from '$lib/server/auth/accounts';
import { minutesToWait } from '$lib/server/auth/throttle-rules';
import { safeReturnPath } from '$lib/server/auth/route-access';
import { setSessionCookie } from '$lib/server/http/cookie';
import { fields, parseForm, type FieldErrors } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

const loginForm = z.object({ email: fields.email, password: fields.password });

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeReturnPath(url.searchParams.get('terug')));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = parseForm(loginForm, await request.formData(), { echo: ['email'] });
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });

		const result = await logIn(getDb(), { ...form.data, address: getClientAddress() });
		const values = { email: form.data.email };
		if (!result.ok && result.reason === 'throttled') {
			return fail(429, { values, throttledMinutes: minutesToWait(result.until, new Date()) });
		}
		if (!result.ok) {
			const errors: FieldErrors = { form: 'invalid' };
			return fail(400, { values, errors });
		}

		setSessionCookie(cookies, url, result.token, result.expiresAt);
		redirect(303, safeReturnPath(url.searchParams.get('terug')));
	}
} satisfies Actions;
