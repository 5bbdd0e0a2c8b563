import type { LayoutServerLoad } from './$types';

// Only what the header needs; pages load their own data and check access themselves.
export const load = (({ locals }) => ({
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null
})) satisfies LayoutServerLoad;
