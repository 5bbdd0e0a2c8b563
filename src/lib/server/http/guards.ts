import { error, redirect } from '@sveltejs/kit';
import type { Role } from '../db/schema';
import type { PublicUser } from '../db/queries/users';

interface AuthLocals {
	user: PublicUser | null;
	session: { id: string } | null;
}

/** For leaf loads and actions: the hook already checked, this is the second, local wall. */
export function requireUser(
	locals: AuthLocals,
	url?: URL
): { user: PublicUser; sessionId: string } {
	if (!locals.user || !locals.session) {
		const back = url ? `?terug=${encodeURIComponent(url.pathname + url.search)}` : '';
		redirect(303, `/inloggen${back}`);
	}
	return { user: locals.user, sessionId: locals.session.id };
}

export function requireRole(locals: AuthLocals, ...roles: Role[]): PublicUser {
	const { user } = requireUser(locals);
	if (!roles.includes(user.role)) error(403, 'forbidden');
	return user;
}
