import { and, eq, sql, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../client';
import { prepared } from '../prepared';
import { lessonProgress, session, user } from '../schema';
import { enrolledSubquery } from './enrolment';
import { publicUserColumns } from './users';

/** `select 1` when the learner has read the lesson: a subquery for `exists(…)`. */
function readSubquery(db: Database, userId: SQLWrapper) {
	return db
		.select({ one: sql`1` })
		.from(lessonProgress)
		.where(
			and(
				eq(lessonProgress.userId, userId),
				eq(lessonProgress.moduleSlug, sql.placeholder('moduleSlug')),
				eq(lessonProgress.lessonSlug, sql.placeholder('lessonSlug'))
			)
		);
}

/** The learner's enrolment in the track and the lesson's read state, as two booleans. */
function accessColumns(db: Database, userId: SQLWrapper) {
	const enrolled = enrolledSubquery(db, userId, sql.placeholder('trackId'));
	return {
		enrolled: sql<boolean>`exists(${enrolled})`,
		read: sql<boolean>`exists(${readSubquery(db, userId)})`
	};
}

/**
 * For the lesson page, the hottest learner route: enrolment and read state in one round trip,
 * so that a page view costs a single query after the session check.
 */
export async function lessonAccess(
	db: Database,
	input: { userId: string; trackId: string; moduleSlug: string; lessonSlug: string }
): Promise<{ enrolled: boolean; read: boolean }> {
	const query = prepared(db, 'lesson_access', (db) =>
		// Anchored on the learner's own user row, so the answer is always exactly one row.
		db
			.select(accessColumns(db, user.id))
			.from(user)
			.where(eq(user.id, sql.placeholder('userId')))
			.prepare('lesson_access')
	);
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
	const query = prepared(db, 'lesson_reader', (db) =>
		db
			.select({ session, user: publicUserColumns, ...accessColumns(db, session.userId) })
			.from(session)
			.innerJoin(user, eq(session.userId, user.id))
			.where(eq(session.id, sql.placeholder('sessionId')))
			.limit(1)
			.prepare('lesson_reader')
	);
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
