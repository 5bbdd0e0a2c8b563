import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { reviewItem } from '../schema';

// The review queue (Leitner boxes). "Due" means due_at <= now; due_at is the start of a calendar
// day in Amsterdam (see server/review/schedule.ts). The dashboard's count and the herhalen
// session read the same condition, so they always agree.

function dueFor(userId: string, now: Date) {
	return and(eq(reviewItem.userId, userId), lte(reviewItem.dueAt, now));
}

/** Review questions due at `now` for a learner (the dashboard's "herhalen" count). */
export async function countDueReviews(db: Database, userId: string, now: Date): Promise<number> {
	const rows = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(reviewItem)
		.where(dueFor(userId, now));
	return rows[0]?.n ?? 0;
}

export type ReviewRow = typeof reviewItem.$inferSelect;

/** Every due item, unordered: the session orders them with the schedule's `compareDue`. */
export async function dueReviewItems(
	db: Database,
	userId: string,
	now: Date
): Promise<ReviewRow[]> {
	return db.select().from(reviewItem).where(dueFor(userId, now));
}

/** A learner's rows for some items. */
export async function reviewItemsOf(
	db: Database,
	userId: string,
	itemIds: string[]
): Promise<ReviewRow[]> {
	if (itemIds.length === 0) return [];
	return db
		.select()
		.from(reviewItem)
		.where(and(eq(reviewItem.userId, userId), inArray(reviewItem.itemId, itemIds)));
}

/** The same rows, locked until the transaction ends, so two review answers cannot both apply. */
export async function lockReviewItems(
	tx: Database,
	userId: string,
	itemIds: string[]
): Promise<ReviewRow[]> {
	if (itemIds.length === 0) return [];
	return tx
		.select()
		.from(reviewItem)
		.where(and(eq(reviewItem.userId, userId), inArray(reviewItem.itemId, itemIds)))
		.for('update');
}

/** Queue rows as one JSON parameter (see insertAnswers for why rows travel as JSON). */
function reviewRowsJson(rows: readonly ReviewRow[]): string {
	return JSON.stringify(
		rows.map((r) => ({
			user_id: r.userId,
			item_id: r.itemId,
			module_slug: r.moduleSlug,
			box: r.box,
			due_at: r.dueAt.toISOString(),
			confident_error: r.confidentError,
			last_answered_at: r.lastAnsweredAt.toISOString()
		}))
	);
}

/**
 * `insert into review_item … select` of the given rows; `from` adds a row source that must
 * yield a row for anything to be inserted (a quiz submission's "closed" attempt).
 */
export function insertReviewRows(rows: readonly ReviewRow[], from = sql``) {
	return sql`
		insert into ${reviewItem}
			(user_id, item_id, module_slug, box, due_at, confident_error, last_answered_at)
		select r.user_id, r.item_id, r.module_slug, r.box, r.due_at, r.confident_error,
			r.last_answered_at
		from jsonb_to_recordset(${reviewRowsJson(rows)}::jsonb) as r(user_id text, item_id text,
			module_slug text, box integer, due_at timestamptz, confident_error boolean,
			last_answered_at timestamptz)${from}`;
}

/** The upsert's conflict clause: the new row replaces what is queued. */
export const REPLACE_QUEUED = sql`
	on conflict (user_id, item_id) do update set
		module_slug = excluded.module_slug,
		box = excluded.box,
		due_at = excluded.due_at,
		confident_error = excluded.confident_error,
		last_answered_at = excluded.last_answered_at`;

/**
 * Writes a learner's queue changes in one statement with two parameters: rows to insert or
 * replace, and items to remove (a review answer moves up to ~10).
 */
export async function writeReviewItems(
	db: Database,
	change: { userId: string; set: readonly ReviewRow[]; remove: readonly string[] }
) {
	if (change.set.length === 0 && change.remove.length === 0) return;
	await db.execute(sql`
		with removed as (
			delete from ${reviewItem}
			where user_id = ${change.userId}
				and item_id in (select jsonb_array_elements_text(${JSON.stringify(change.remove)}::jsonb))
		)
		${insertReviewRows(change.set)}
		${REPLACE_QUEUED}`);
}

/** Inserts or replaces queue rows of one learner. */
export async function upsertReviewItems(db: Database, rows: ReviewRow[]) {
	const userId = rows[0]?.userId;
	if (userId) await writeReviewItems(db, { userId, set: rows, remove: [] });
}

export async function deleteReviewItems(db: Database, userId: string, itemIds: string[]) {
	if (itemIds.length === 0) return;
	await db
		.delete(reviewItem)
		.where(and(eq(reviewItem.userId, userId), inArray(reviewItem.itemId, itemIds)));
}
