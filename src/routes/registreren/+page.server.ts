import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { logIn, registerUser } from '$lib/server/auth/accounts';
import { safeReturnPath } from '$lib/server/auth/route-access';
import { setSessionCookie } from '$lib/server/http/cookie';
import { fields, parseForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

const registerForm = z.object({
	name: fields.name,
	email: fields.email,
	password: fields.password
});

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeReturnPath(url.searchParams.get('terug')));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = parseForm(registerForm, await request.formData(), { echo: ['name', 'email'] });
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });

		const values = { name: form.data.name, email: form.data.email };
		const db = getDb();
		const created = await registerUser(db, form.data);
		if (!created.ok) {
			const field = created.reason === 'email-taken' ? 'email' : 'password';
			return fail(400, { values, errors: { [field]: created.reason } });
		}
		// Signing in right away goes through the same throttled path as the login form.
		const session = await logIn(db, { ...form.data, address: getClientAddress() });
		if (session.ok) setSessionCookie(cookies, url, session.token, session.expiresAt);
		redirect(303, session.ok ? safeReturnPath(url.searchParams.get('terug')) : '/inloggen');
	}
} satisfies Actions;
