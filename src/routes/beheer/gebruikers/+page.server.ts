import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { changeRole, listUsers } from '$lib/server/auth/accounts';
import { ROLES } from '$lib/roles';
import { requireRole } from '$lib/server/http/guards';
import { parseForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

const roleForm = z.object({
	userId: z.string().min(1, { error: 'required' }),
	role: z.enum(ROLES, { error: 'invalid-role' })
});

export const load = (async ({ locals }) => {
	const admin = requireRole(locals, 'admin');
	return { users: await listUsers(getDb()), selfId: admin.id };
}) satisfies PageServerLoad;

export const actions = {
	role: async ({ locals, request }) => {
		const admin = requireRole(locals, 'admin');
		const form = parseForm(roleForm, await request.formData());
		if (!form.ok) return fail(400, { error: 'invalid-role' as const });
		if (form.data.userId === admin.id) return fail(400, { error: 'self' as const });
		const changed = await changeRole(getDb(), form.data.userId, form.data.role);
		if (!changed) return fail(404, { error: 'not-found' as const });
		return { changed: { userId: form.data.userId, role: form.data.role } };
	}
} satisfies Actions;
