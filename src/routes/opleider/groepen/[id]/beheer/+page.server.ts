import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireCohortAccess } from '$lib/server/cohorts/access';
import { cohortDetailsForm, inviteForm, memberForm } from '$lib/server/cohorts/forms';
import {
	inviteCoTrainer,
	regenerateJoinCode,
	removeLearner,
	setArchived,
	updateCohortDetails
} from '$lib/server/cohorts/management';
import { cohortSettingsView } from '$lib/server/cohorts/views';
import { requireRole } from '$lib/server/http/guards';
import { parseForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

/** Every action re-checks the role and the trainer's access to this very group. */
async function access(locals: App.Locals, cohortId: string) {
	const user = requireRole(locals, 'trainer', 'admin');
	const group = await requireCohortAccess(getDb(), user, cohortId);
	return { user, group };
}

export const load = (async ({ locals, params, url }) => {
	const { user, group } = await access(locals, params.id);
	return cohortSettingsView(getDb(), user, group, url.origin);
}) satisfies PageServerLoad;

export const actions = {
	details: async ({ locals, params, request }) => {
		const { group } = await access(locals, params.id);
		const form = parseForm(cohortDetailsForm, await request.formData(), {
			echo: ['name', 'startsOn', 'endsOn']
		});
		if (!form.ok) return fail(400, { detailsErrors: form.errors, detailsValues: form.values });
		await updateCohortDetails(getDb(), group.id, form.data);
		return { saved: 'details' as const };
	},
	regenerate: async ({ locals, params }) => {
		const { group } = await access(locals, params.id);
		await regenerateJoinCode(getDb(), group.id);
		return { saved: 'code' as const };
	},
	archive: async ({ locals, params }) => {
		const { group } = await access(locals, params.id);
		await setArchived(getDb(), group.id, true, locals.now);
		return { saved: 'archived' as const };
	},
	unarchive: async ({ locals, params }) => {
		const { group } = await access(locals, params.id);
		await setArchived(getDb(), group.id, false, locals.now);
		return { saved: 'unarchived' as const };
	},
	invite: async ({ locals, params, request }) => {
		const { user, group } = await access(locals, params.id);
		const form = parseForm(inviteForm, await request.formData(), { echo: ['email'] });
		if (!form.ok)
			return fail(400, { inviteError: form.errors.email ?? 'email', inviteValues: form.values });
		const result = await inviteCoTrainer(getDb(), user, group, form.data.email);
		if (!result.ok) {
			return fail(result.reason === 'not-allowed' ? 403 : 400, {
				inviteError: result.reason,
				inviteValues: { email: form.data.email }
			});
		}
		return { saved: 'invited' as const, invitedName: result.name };
	},
	remove: async ({ locals, params, request }) => {
		const { user, group } = await access(locals, params.id);
		const form = parseForm(memberForm, await request.formData());
		if (!form.ok) return fail(400, { removeError: 'required' });
		const removed = await removeLearner(getDb(), user, group.id, form.data.userId, locals.now);
		if (!removed) return fail(404, { removeError: 'not-member' });
		return { saved: 'removed' as const };
	}
} satisfies Actions;
