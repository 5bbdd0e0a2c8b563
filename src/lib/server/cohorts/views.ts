import { getCourse } from '../content';
import type { Database } from '../db/client';
import { listCohortMembers, listCohorts, listCohortTrainers } from '../db/queries/cohorts';
import type { PublicUser } from '../db/queries/users';
import type { Cohort } from '../db/schema';
import { canManageTrainers } from './access';

/** The trainer's group list (an admin sees every group), with each group's track title. */
export async function cohortListView(db: Database, user: PublicUser) {
	const course = getCourse();
	const groups = await listCohorts(db, user.role === 'admin' ? 'all' : { trainerId: user.id });
	return {
		groups: groups.map((g) => ({
			id: g.id,
			name: g.name,
			trackTitle: course.track(g.trackId)?.title ?? g.trackId,
			learners: g.learners,
			startsOn: g.startsOn,
			endsOn: g.endsOn,
			archived: g.archivedAt !== null
		})),
		tracks: course.tracks.map((t) => ({ id: t.id, title: t.title }))
	};
}

/** Everything the group settings page shows; the join link is built from the site's origin. */
export async function cohortSettingsView(
	db: Database,
	user: PublicUser,
	group: Cohort,
	origin: string
) {
	const [trainers, members] = await Promise.all([
		listCohortTrainers(db, group.id),
		listCohortMembers(db, group.id)
	]);
	return {
		group: {
			id: group.id,
			name: group.name,
			trackTitle: getCourse().track(group.trackId)?.title ?? group.trackId,
			joinCode: group.joinCode,
			joinLink: `${origin}/deelnemen/${group.joinCode}`,
			startsOn: group.startsOn,
			endsOn: group.endsOn,
			archived: group.archivedAt !== null
		},
		trainers: trainers.map((t) => ({ ...t, owner: t.id === group.ownerId })),
		members: members.map((m) => ({ id: m.id, name: m.name, email: m.email })),
		canManageTrainers: canManageTrainers(user, group)
	};
}
