import { amsterdamDate } from '../../dates';
import type { GridRow } from '../../overview/grid';
import type { ModuleChart } from '../../overview/charts';
import type { Database } from '../db/client';
import { listCohortMembers } from '../db/queries/cohorts';
import { completionFacts, type ModuleFacts } from '../db/queries/completion';
import { groupFingerprint, lastOtherActivityOf, type MemberRow } from '../db/queries/overview';
import { buildRow, factsByLearner, moduleCharts } from './rows';
import type { GroupTrack } from './scope';

// The group overview's rows and charts, kept per group while nothing they are made of changes
// (docs/decisions/010-group-overview-kept.md). Each view asks PostgreSQL for the group's
// fingerprint first: one short statement. When it matches what was kept, with the same day,
// dates and content, the kept rows are used; otherwise they are read and built again, once for
// all the views that ask meanwhile. Nothing is ever served that the database has changed since.

export interface GroupRows {
	rows: GridRow[];
	charts: ModuleChart[];
}

interface Kept {
	key: string;
	/** Kept from the start of the build: views that arrive meanwhile wait for the same one. */
	value: Promise<GroupRows>;
}

/** Groups kept per database (tests open several in one process); the least recent goes first. */
const MAX_GROUPS = 50;
const keptBy = new WeakMap<Database, Map<string, Kept>>();

export async function groupRows(
	db: Database,
	groupId: string,
	track: GroupTrack,
	now: Date
): Promise<GroupRows> {
	const { period } = track;
	const key = [
		await groupFingerprint(db, groupId),
		track.course.version,
		track.track.id,
		amsterdamDate(now),
		period.startsOn,
		period.endsOn,
		period.archived
	].join('\n');
	let groups = keptBy.get(db);
	if (!groups) keptBy.set(db, (groups = new Map()));
	const kept = groups.get(groupId);
	if (kept?.key === key) {
		groups.delete(groupId);
		groups.set(groupId, kept);
		return kept.value;
	}
	const entry: Kept = { key, value: buildGroupRows(db, groupId, track, now) };
	groups.delete(groupId);
	if (groups.size >= MAX_GROUPS) groups.delete(groups.keys().next().value!);
	groups.set(groupId, entry);
	try {
		return await entry.value;
	} catch (failure) {
		// A failed read is not kept; the next view tries again.
		if (groups.get(groupId) === entry) groups.delete(groupId);
		throw failure;
	}
}

/** The group's active learners' rows and the module charts. */
async function buildGroupRows(
	db: Database,
	groupId: string,
	track: GroupTrack,
	now: Date
): Promise<GroupRows> {
	const members = await listCohortMembers(db, groupId);
	const { rows, factsOf } = await learnerRows(db, members, track, now);
	return { rows, charts: moduleCharts(track.specs, factsOf) };
}

export interface LearnerRows {
	/** One per member, in the members' order. */
	rows: GridRow[];
	/** Each member's completion facts, in the track's module order. */
	factsOf: Map<string, ModuleFacts[]>;
}

/**
 * The grid rows of some members of a group (the overview's, an export page's, one learner's),
 * from two set-based reads whatever their number: the completion facts and the other activity.
 */
export async function learnerRows(
	db: Database,
	members: readonly MemberRow[],
	{ track, requirements, scope, period }: GroupTrack,
	now: Date
): Promise<LearnerRows> {
	const ids = members.map((m) => m.id);
	const [facts, activity] = await Promise.all([
		completionFacts(db, { userIds: ids, audience: track.audience, modules: requirements }),
		lastOtherActivityOf(db, ids, scope)
	]);
	const factsOf = factsByLearner(facts);
	const rows = members.map((member) =>
		buildRow({
			member,
			facts: factsOf.get(member.id) ?? [],
			activityAt: activity.get(member.id) ?? null,
			group: period,
			now
		})
	);
	return { rows, factsOf };
}
