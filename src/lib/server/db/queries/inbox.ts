import {
	and,
	asc,
	desc,
	eq,
	exists,
	inArray,
	isNotNull,
	isNull,
	or,
	sql,
	type SQL
} from 'drizzle-orm';
import type { Database } from '../client';
import {
	auditEvent,
	cohort,
	cohortMember,
	cohortTrainer,
	reflection,
	reflectionFeedback,
	reflectionVersion,
	user
} from '../schema';
import { newId } from '../../auth/tokens';

// The trainer's side of reflections: which submitted reflections a trainer may read, whether
// they read the latest version, whether anyone answered it, and the feedback they write.

/**
 * Who may read which reflections. A reflection is in scope when its learner is an active member
 * of a group in scope (any group for an admin; the groups the trainer trains otherwise) and its
 * exercise belongs to that group's track: one of the track's modules, for the track's audience.
 * That is exactly what the learner is told ("the trainers of your group in this track").
 */
export interface ReflectionScope {
	/** Null for an admin, who reaches every group. */
	trainerId: string | null;
	/** Per track id, the reflection exercise ids of its modules for its audience. */
	exercises: readonly { trackId: string; exerciseIds: readonly string[] }[];
}

/** The memberships that put the current `reflection` row in scope (optionally: in one group). */
function membershipsInScope(scope: ReflectionScope, groupId: string | null): SQL {
	const tracks = scope.exercises
		.filter((e) => e.exerciseIds.length > 0)
		.map((e) =>
			and(eq(cohort.trackId, e.trackId), inArray(reflection.exerciseId, [...e.exerciseIds]))
		);
	// An admin's scope has no trainer condition: every group counts.
	const trainer =
		scope.trainerId === null
			? undefined
			: sql`exists (select 1 from ${cohortTrainer} where ${cohortTrainer.cohortId} = ${cohort.id} and ${cohortTrainer.userId} = ${scope.trainerId})`;
	return (
		and(
			eq(cohortMember.userId, reflection.userId),
			isNull(cohortMember.removedAt),
			tracks.length > 0 ? or(...tracks) : sql`false`,
			trainer,
			groupId === null ? undefined : eq(cohort.id, groupId)
		) ?? sql`false`
	);
}

function inScope(db: Database, scope: ReflectionScope, groupId: string | null) {
	return exists(
		db
			.select({ one: sql`1` })
			.from(cohortMember)
			.innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
			.where(membershipsInScope(scope, groupId))
	);
}

/** Names of the groups in scope that the learner is in, for display. */
function groupNames(db: Database, scope: ReflectionScope) {
	const names = db
		.select({ names: sql<string>`string_agg(${cohort.name}, ', ' order by ${cohort.name})` })
		.from(cohortMember)
		.innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
		.where(membershipsInScope(scope, null));
	return sql<string | null>`(${names})`;
}

const latestVersionNumber = sql`(select max(v2.version) from ${reflectionVersion} v2 where v2.reflection_id = ${reflection.id})`;

/** The viewer opened this reflection since its latest version was submitted. */
function readBy(viewerId: string) {
	return sql<boolean>`exists (select 1 from ${auditEvent} where ${auditEvent.subjectUserId} = ${reflection.userId} and ${auditEvent.kind} = 'reflection-read' and ${auditEvent.target} = ${reflection.id} and ${auditEvent.actorId} = ${viewerId} and ${auditEvent.at} >= ${reflectionVersion.submittedAt})`;
}

/** Any trainer gave feedback on the latest version. */
const answered = sql<boolean>`exists (select 1 from ${reflectionFeedback} where ${reflectionFeedback.versionId} = ${reflectionVersion.id})`;

export type InboxStateFilter = 'all' | 'unread' | 'read' | 'unanswered' | 'answered';

export interface InboxRow {
	id: string;
	learnerName: string;
	moduleSlug: string;
	exerciseId: string;
	version: number;
	submittedAt: Date;
	read: boolean;
	answered: boolean;
	groups: string | null;
}

/** Submitted reflections in scope, newest latest version first. */
export async function listInbox(
	db: Database,
	input: {
		scope: ReflectionScope;
		viewerId: string;
		groupId: string | null;
		state: InboxStateFilter;
		limit: number;
		offset: number;
	}
): Promise<InboxRow[]> {
	const read = readBy(input.viewerId);
	const state = {
		all: undefined,
		unread: sql`not ${read}`,
		read,
		unanswered: sql`not ${answered}`,
		answered
	}[input.state];
	const rows = await db
		.select({
			id: reflection.id,
			learnerName: user.name,
			moduleSlug: reflection.moduleSlug,
			exerciseId: reflection.exerciseId,
			version: reflectionVersion.version,
			submittedAt: reflectionVersion.submittedAt,
			read,
			answered,
			groups: groupNames(db, input.scope)
		})
		.from(reflection)
		.innerJoin(user, eq(user.id, reflection.userId))
		.innerJoin(
			reflectionVersion,
			and(
				eq(reflectionVersion.reflectionId, reflection.id),
				eq(reflectionVersion.version, latestVersionNumber)
			)
		)
		.where(and(isNotNull(reflection.submittedAt), inScope(db, input.scope, input.groupId), state))
		.orderBy(desc(reflectionVersion.submittedAt), asc(reflection.id))
		.limit(input.limit)
		.offset(input.offset);
	return rows.map((r) => ({ ...r, read: Boolean(r.read), answered: Boolean(r.answered) }));
}

export interface ScopedReflection {
	id: string;
	userId: string;
	learnerName: string;
	moduleSlug: string;
	exerciseId: string;
	groups: string | null;
}

/** One submitted reflection, only when it is in scope; anything else is as good as absent. */
export async function findScopedReflection(
	db: Database,
	scope: ReflectionScope,
	reflectionId: string
): Promise<ScopedReflection | undefined> {
	const rows = await db
		.select({
			id: reflection.id,
			userId: reflection.userId,
			learnerName: user.name,
			moduleSlug: reflection.moduleSlug,
			exerciseId: reflection.exerciseId,
			groups: groupNames(db, scope)
		})
		.from(reflection)
		.innerJoin(user, eq(user.id, reflection.userId))
		.where(
			and(
				eq(reflection.id, reflectionId),
				isNotNull(reflection.submittedAt),
				inScope(db, scope, null)
			)
		)
		.limit(1);
	return rows[0];
}

/** Every submitted version with its fields, oldest first. */
export function versionsWithFields(db: Database, reflectionId: string) {
	return db
		.select({
			id: reflectionVersion.id,
			version: reflectionVersion.version,
			fields: reflectionVersion.fields,
			submittedAt: reflectionVersion.submittedAt
		})
		.from(reflectionVersion)
		.where(eq(reflectionVersion.reflectionId, reflectionId))
		.orderBy(asc(reflectionVersion.version));
}

export async function insertFeedback(
	db: Database,
	values: {
		versionId: string;
		trainerId: string;
		goal: string;
		progress: string;
		nextStep: string;
		at: Date;
	}
): Promise<string> {
	const id = newId();
	await db.insert(reflectionFeedback).values({
		id,
		versionId: values.versionId,
		trainerId: values.trainerId,
		goal: values.goal,
		progress: values.progress,
		nextStep: values.nextStep,
		createdAt: values.at
	});
	return id;
}
