import { and, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { reviewItem } from '../schema';

/** Review questions due at `now` for a learner (the dashboard's "herhalen" count). */
export async function countDueReviews(db: Database, userId: string, now: Date): Promise<number> {
	const rows = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(reviewItem)
		.where(and(eq(reviewItem.userId, userId), lte(reviewItem.dueAt, now)));
	return rows[0]?.n ?? 0;
}
