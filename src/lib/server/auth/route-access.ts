import type { Role } from '../db/schema';

/**
 * The route table: which roles may open which part of the site. The hook applies it to every
 * request (pages, `__data.json`, actions, `+server` routes); leaf loads and actions check again.
 * Paths not listed here are public.
 */
export const ROUTE_RULES: { prefix: string; roles: readonly Role[] }[] = [
	{ prefix: '/beheer', roles: ['admin'] },
	{ prefix: '/opleider', roles: ['trainer', 'admin'] },
	{ prefix: '/account', roles: ['learner', 'trainer', 'admin'] },
	{ prefix: '/leren', roles: ['learner', 'trainer', 'admin'] }
];

export type Access = 'allow' | 'login' | 'forbidden';

function matches(pathname: string, prefix: string): boolean {
	return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function routeAccess(pathname: string, role: Role | undefined): Access {
	const rule = ROUTE_RULES.find((r) => matches(pathname, r.prefix));
	if (!rule) return 'allow';
	if (!role) return 'login';
	return rule.roles.includes(role) ? 'allow' : 'forbidden';
}

/** Only same-site relative paths may be used as a return address after login. */
export function safeReturnPath(value: string | null | undefined): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
		return '/';
	return value;
}
