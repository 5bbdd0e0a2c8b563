import { and, eq, isNull, sql, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../client';
import { prepared } from '../prepared';
import { cohort, cohortMember, enrolment } from '../schema';

/**
 * `select 1` when the learner is enrolled in the track: a subquery for `exists(…)`, so that a
 * hot query can check the enrolment in the same round trip. Both sides may be columns or
 * placeholders of a prepared query.
 */
export function enrolledSubquery(db: Database, userId: SQLWrapper, trackId: SQLWrapper) {
	return db
		.select({ one: sql`1` })
		.from(enrolment)
		.where(and(eq(enrolment.userId, userId), eq(enrolment.trackId, trackId)));
}

/** Checked by every learner page and form, so prepared once per database. */
export async function isEnrolled(db: Database, userId: string, trackId: string): Promise<boolean> {
	const query = prepared(db, 'is_enrolled', (db) =>
		db
			.select({ trackId: enrolment.trackId })
			.from(enrolment)
			.where(
				and(
					eq(enrolment.userId, sql.placeholder('userId')),
					eq(enrolment.trackId, sql.placeholder('trackId'))
				)
			)
			.limit(1)
			.prepare('is_enrolled')
	);
	const rows = await query.execute({ userId, trackId });
	return rows.length > 0;
}

export async function enrolledTrackIds(db: Database, userId: string): Promise<string[]> {
	const rows = await db
		.select({ trackId: enrolment.trackId, at: enrolment.enrolledAt })
		.from(enrolment)
		.where(eq(enrolment.userId, userId))
		.orderBy(enrolment.enrolledAt);
	return rows.map((r) => r.trackId);
}

/** Enrolling twice is harmless: the first enrolment stays. True when this call enrolled. */
export async function enrol(db: Database, userId: string, trackId: string, at: Date) {
	const rows = await db
		.insert(enrolment)
		.values({ userId, trackId, enrolledAt: at })
		.onConflictDoNothing()
		.returning({ trackId: enrolment.trackId });
	return rows.length > 0;
}

/** The groups a learner is an active member of, oldest first: who can follow their work. */
export async function learnerCohorts(db: Database, userId: string) {
	return db
		.select({ id: cohort.id, name: cohort.name, trackId: cohort.trackId })
		.from(cohortMember)
		.innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
		.where(and(eq(cohortMember.userId, userId), isNull(cohortMember.removedAt)))
		.orderBy(cohortMember.joinedAt);
}
