import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { changePassword } from '$lib/server/auth/accounts';
import { requireUser } from '$lib/server/http/guards';
import { fields, parseForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

const passwordForm = z.object({ current: fields.password, next: fields.password });

export const load = (({ locals, url }) => {
	const { user } = requireUser(locals, url);
	return { account: { name: user.name, email: user.email, role: user.role } };
}) satisfies PageServerLoad;

export const actions = {
	password: async ({ locals, request }) => {
		const { user, sessionId } = requireUser(locals);
		const form = parseForm(passwordForm, await request.formData());
		if (!form.ok) return fail(400, { errors: form.errors });
		const result = await changePassword(getDb(), {
			userId: user.id,
			sessionId,
			current: form.data.current,
			next: form.data.next
		});
		if (!result.ok) {
			const field = result.reason === 'wrong-current' ? 'current' : 'next';
			return fail(400, { errors: { [field]: result.reason } });
		}
		return { passwordChanged: true };
	}
} satisfies Actions;
