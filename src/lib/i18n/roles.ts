import { m } from '$lib/paraglide/messages';

import type { Role } from '$lib/roles';

export type RoleName = Role;

const LABELS: Record<RoleName, () => string> = {
	learner: m.role_learner,
	trainer: m.role_trainer,
	admin: m.role_admin
};

export function roleLabel(role: RoleName): string {
	return LABELS[role]();
}
