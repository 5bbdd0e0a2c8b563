import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { prepared } from '../prepared';
import { enrolment, lessonProgress, session, user } from '../schema';

/**
 * For the lesson page, the hottest learner route: enrolment and read state in one round trip,
 * so that a page view costs a single query after the session check.
 */
export async function lessonAccess(
	db: Database,
	input: { userId: string; trackId: string; moduleSlug: string; lessonSlug: string }
): Promise<{ enrolled: boolean; read: boolean }> {
	const query = prepared(db, 'lesson_access', (db) => {
		const userId = sql.placeholder('userId');
		const enrolled = db
			.select({ one: sql`1` })
			.from(enrolment)
			.where(and(eq(enrolment.userId, userId), eq(enrolment.trackId, sql.placeholder('trackId'))));
		const read = db
			.select({ one: sql`1` })
			.from(lessonProgress)
			.where(
				and(
					eq(lessonProgress.userId, userId),
					eq(lessonProgress.moduleSlug, sql.placeholder('moduleSlug')),
					eq(lessonProgress.lessonSlug, sql.placeholder('lessonSlug'))
				)
			);
		// Anchored on the learner's own user row, so the answer is always exactly one row.
		return db
			.select({
				enrolled: sql<boolean>`exists(${enrolled})`,
				read: sql<boolean>`exists(${read})`
			})
			.from(user)
			.where(eq(user.id, userId))
			.prepare('lesson_access');
	});
	const [row] = await query.execute(input);
	return { enrolled: row?.enrolled === true, read: row?.read === true };
}

/**
 * The lesson page's fast path in one round trip: the session with its user (as
 * findSessionWithUser), enrolment in the track and the lesson's read state.
 */
export async function lessonReader(
	db: Database,
	input: { sessionId: string; trackId: string; moduleSlug: string; lessonSlug: string }
) {
	const query = prepared(db, 'lesson_reader', (db) => {
		const enrolled = db
			.select({ one: sql`1` })
			.from(enrolment)
			.where(
				and(eq(enrolment.userId, session.userId), eq(enrolment.trackId, sql.placeholder('trackId')))
			);
		const read = db
			.select({ one: sql`1` })
			.from(lessonProgress)
			.where(
				and(
					eq(lessonProgress.userId, session.userId),
					eq(lessonProgress.moduleSlug, sql.placeholder('moduleSlug')),
					eq(lessonProgress.lessonSlug, sql.placeholder('lessonSlug'))
				)
			);
		return db
			.select({
				session,
				user: { id: user.id, email: user.email, name: user.name, role: user.role },
				enrolled: sql<boolean>`exists(${enrolled})`,
				read: sql<boolean>`exists(${read})`
			})
			.from(session)
			.innerJoin(user, eq(session.userId, user.id))
			.where(eq(session.id, sql.placeholder('sessionId')))
			.limit(1)
			.prepare('lesson_reader');
	});
	const [row] = await query.execute(input);
	return row;
}

/** Idempotent: reading a lesson again keeps the first time. True when this call recorded it. */
export async function recordLessonRead(
	db: Database,
	input: { userId: string; moduleSlug: string; lessonSlug: string; at: Date }
): Promise<boolean> {
	const rows = await db
		.insert(lessonProgress)
		.values({
			userId: input.userId,
			moduleSlug: input.moduleSlug,
			lessonSlug: input.lessonSlug,
			readAt: input.at
		})
		.onConflictDoNothing()
		.returning({ lessonSlug: lessonProgress.lessonSlug });
	return rows.length > 0;
}
