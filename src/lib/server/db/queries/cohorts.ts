import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { cohort, cohortMember, cohortTrainer, user, type Cohort } from '../schema';

export async function insertCohort(
	db: Database,
	values: typeof cohort.$inferInsert
): Promise<Cohort> {
	return db.transaction(async (tx) => {
		const [created] = await tx.insert(cohort).values(values).returning();
		if (!created) throw new Error('cohort insert returned nothing');
		await tx.insert(cohortTrainer).values({ cohortId: created.id, userId: created.ownerId });
		return created;
	});
}

export async function findCohortByCode(db: Database, code: string): Promise<Cohort | undefined> {
	const rows = await db.select().from(cohort).where(eq(cohort.joinCode, code)).limit(1);
	return rows[0];
}

/** Adds the learner, or brings back one who was removed; joining twice changes nothing. */
export async function addMember(db: Database, cohortId: string, userId: string, now: Date) {
	await db
		.insert(cohortMember)
		.values({ cohortId, userId, joinedAt: now })
		.onConflictDoUpdate({
			target: [cohortMember.cohortId, cohortMember.userId],
			set: { removedAt: null },
			setWhere: isNotNull(cohortMember.removedAt)
		});
}

export async function isActiveMember(db: Database, cohortId: string, userId: string) {
	const rows = await db
		.select({ userId: cohortMember.userId })
		.from(cohortMember)
		.where(
			and(
				eq(cohortMember.cohortId, cohortId),
				eq(cohortMember.userId, userId),
				isNull(cohortMember.removedAt)
			)
		)
		.limit(1);
	return rows.length > 0;
}

export interface CohortSummary {
	id: string;
	name: string;
	trackId: string;
	joinCode: string;
	startsOn: string | null;
	endsOn: string | null;
	archivedAt: Date | null;
	ownerId: string;
	learners: number;
}

const summaryColumns = {
	id: cohort.id,
	name: cohort.name,
	trackId: cohort.trackId,
	joinCode: cohort.joinCode,
	startsOn: cohort.startsOn,
	endsOn: cohort.endsOn,
	archivedAt: cohort.archivedAt,
	ownerId: cohort.ownerId,
	learners: sql<number>`(select count(*)::int from ${cohortMember} m where m.cohort_id = ${cohort.id} and m.removed_at is null)`
};

/** The groups a trainer trains (admins: pass `all`), active first, then by name. */
export function listCohorts(
	db: Database,
	scope: { trainerId: string } | 'all'
): Promise<CohortSummary[]> {
	const query = db.select(summaryColumns).from(cohort);
	const scoped =
		scope === 'all'
			? query
			: query.where(
					inArray(
						cohort.id,
						db
							.select({ id: cohortTrainer.cohortId })
							.from(cohortTrainer)
							.where(eq(cohortTrainer.userId, scope.trainerId))
					)
				);
	return scoped.orderBy(sql`${cohort.archivedAt} is not null`, asc(cohort.name));
}

export async function findCohort(db: Database, id: string): Promise<Cohort | undefined> {
	const rows = await db.select().from(cohort).where(eq(cohort.id, id)).limit(1);
	return rows[0];
}

export async function isCohortTrainer(db: Database, cohortId: string, userId: string) {
	const rows = await db
		.select({ userId: cohortTrainer.userId })
		.from(cohortTrainer)
		.where(and(eq(cohortTrainer.cohortId, cohortId), eq(cohortTrainer.userId, userId)))
		.limit(1);
	return rows.length > 0;
}

export async function updateCohort(
	db: Database,
	id: string,
	values: Partial<Pick<Cohort, 'name' | 'startsOn' | 'endsOn' | 'joinCode' | 'archivedAt'>>
) {
	await db.update(cohort).set(values).where(eq(cohort.id, id));
}

export function listCohortTrainers(db: Database, cohortId: string) {
	return db
		.select({ id: user.id, name: user.name, email: user.email })
		.from(cohortTrainer)
		.innerJoin(user, eq(user.id, cohortTrainer.userId))
		.where(eq(cohortTrainer.cohortId, cohortId))
		.orderBy(asc(user.name));
}

export async function addCohortTrainer(db: Database, cohortId: string, userId: string) {
	await db.insert(cohortTrainer).values({ cohortId, userId }).onConflictDoNothing();
}

export function listCohortMembers(db: Database, cohortId: string) {
	return db
		.select({ id: user.id, name: user.name, email: user.email, joinedAt: cohortMember.joinedAt })
		.from(cohortMember)
		.innerJoin(user, eq(user.id, cohortMember.userId))
		.where(and(eq(cohortMember.cohortId, cohortId), isNull(cohortMember.removedAt)))
		.orderBy(asc(user.name));
}

/** Removal ends the group's view of the learner; the learner's own work stays untouched. */
export async function removeMember(db: Database, cohortId: string, userId: string, now: Date) {
	const rows = await db
		.update(cohortMember)
		.set({ removedAt: now })
		.where(
			and(
				eq(cohortMember.cohortId, cohortId),
				eq(cohortMember.userId, userId),
				isNull(cohortMember.removedAt)
			)
		)
		.returning({ userId: cohortMember.userId });
	return rows.length > 0;
}
