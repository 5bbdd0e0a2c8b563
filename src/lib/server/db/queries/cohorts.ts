import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { cohort, cohortMember, cohortTrainer, type Cohort } from '../schema';

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
