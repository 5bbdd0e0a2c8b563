import { and, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { enrolment } from '../schema';

export async function isEnrolled(db: Database, userId: string, trackId: string): Promise<boolean> {
	const rows = await db
		.select({ trackId: enrolment.trackId })
		.from(enrolment)
		.where(and(eq(enrolment.userId, userId), eq(enrolment.trackId, trackId)))
		.limit(1);
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

/** Enrolling twice is harmless: the first enrolment stays. */
export async function enrol(db: Database, userId: string, trackId: string, at: Date) {
	await db.insert(enrolment).values({ userId, trackId, enrolledAt: at }).onConflictDoNothing();
}
