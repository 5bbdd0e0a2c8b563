import { insertTestUser } from './builders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { reviewItem } from '../../src/lib/server/db/schema';
import { getCourse, type Course } from '../../src/lib/server/content';
import { countDueReviews, upsertReviewItems } from '../../src/lib/server/db/queries/review';
import { startAttempt, submitAttempt, type QuizContext } from '../../src/lib/server/quiz/attempts';
import { attemptScope, reviewScope } from '../../src/lib/server/quiz/tokens';
import { answerReviews, reviewSession } from '../../src/lib/server/review/session';
import { dueDate } from '../../src/lib/server/review/schedule';
import { rightAnswer, wrongAnswer } from '../unit/quiz/answers';
import { freshDatabase } from './fresh-database';

const course = getCourse();
const functies = course.module('functies');
if (!functies) throw new Error('module functies missing');
const ctx: QuizContext = { course, module: functies, audience: 'leraar' };
const items = course.itemsFor('functies', 'leraar');
const monday = new Date('2026-05-04T08:00:00Z'); // 10:00 in Amsterdam
const tuesday = new Date('2026-05-04T22:00:00Z'); // 00:00 on Tuesday in Amsterdam
const allItems = course.modules.flatMap((m) => m.items);

describe('review queue', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	const learner = () => insertTestUser(handle.db, { name: 'Rik' });

	async function queue(userId: string) {
		return handle.db.select().from(reviewItem).where(eq(reviewItem.userId, userId));
	}

	/** Seeds `n` queued items for a learner, due on Tuesday, in box `box`. */
	async function seed(userId: string, n: number, box = 1, confident: string[] = []) {
		await upsertReviewItems(
			handle.db,
			allItems.slice(0, n).map((item) => ({
				userId,
				itemId: item.id,
				moduleSlug: item.module,
				box,
				dueAt: tuesday,
				confidentError: confident.includes(item.id),
				lastAnsweredAt: monday
			}))
		);
	}

	/** The entries a learner sends for a session page, answering right or wrong. */
	async function sessionForm(userId: string, now: Date, right: (id: string) => boolean) {
		const session = await reviewSession(handle.db, userId, now, course);
		const rows = new Map((await queue(userId)).map((r) => [r.itemId, r]));
		const entries = new Map<string, string[]>([['item', session.items.map((i) => i.id)]]);
		for (const view of session.items) {
			const item = course.item(view.id);
			const row = rows.get(view.id);
			if (!item || !row) throw new Error('missing');
			const build = right(view.id) ? rightAnswer : wrongAnswer;
			build(entries, item, view.number, reviewScope(userId, row.lastAnsweredAt));
		}
		return { session, entries };
	}

	it('queues wrong and unsure answers from a quiz, confident errors flagged', async () => {
		const userId = await learner();
		const { attemptId } = await startAttempt(handle.db, userId, ctx, monday);
		const entries = new Map<string, string[]>();
		const scope = attemptScope(attemptId);
		items.forEach((item, i) => (i < 3 ? wrongAnswer : rightAnswer)(entries, item, i + 1, scope));
		entries.set('q1-confidence', ['zeker']);
		entries.set('q2-confidence', ['gok']);
		entries.set('q4-confidence', ['twijfel']);
		entries.set('q5-confidence', ['zeker']);
		await submitAttempt(handle.db, userId, ctx, attemptId, entries, monday);
		const rows = (await queue(userId)).sort((a, b) => a.itemId.localeCompare(b.itemId));
		expect(rows.map((r) => [r.itemId, r.box, r.confidentError])).toEqual([
			[items[0]?.id, 1, true],
			[items[1]?.id, 1, false],
			[items[2]?.id, 1, false],
			[items[3]?.id, 1, false]
		]);
		expect(rows.every((r) => r.dueAt.getTime() === dueDate(1, monday).getTime())).toBe(true);
		expect(await countDueReviews(handle.db, userId, monday)).toBe(0);
		expect(await countDueReviews(handle.db, userId, tuesday)).toBe(4);
	});

	it('on a retake, a wrong answer sends a queued item back to box 1; a right unsure one leaves it be', async () => {
		const userId = await learner();
		const [first, second, third] = items;
		if (!first || !second || !third) throw new Error('module functies has too few items');
		const thursday = new Date('2026-05-07T08:00:00Z');
		await upsertReviewItems(
			handle.db,
			[first, second, third].map((item) => ({
				userId,
				itemId: item.id,
				moduleSlug: 'functies',
				box: 3,
				dueAt: thursday,
				confidentError: false,
				lastAnsweredAt: monday
			}))
		);
		const { attemptId } = await startAttempt(handle.db, userId, ctx, tuesday);
		const entries = new Map<string, string[]>();
		const scope = attemptScope(attemptId);
		items.forEach((item, i) => (i === 0 ? wrongAnswer : rightAnswer)(entries, item, i + 1, scope));
		entries.set('q2-confidence', ['twijfel']);
		entries.set('q3-confidence', ['zeker']);
		await submitAttempt(handle.db, userId, ctx, attemptId, entries, tuesday);
		const rows = new Map((await queue(userId)).map((r) => [r.itemId, r]));
		expect(rows.get(first.id)).toMatchObject({ box: 1, dueAt: dueDate(1, tuesday) });
		// Already queued: unsure or sure, a right answer in a quiz changes nothing.
		expect(rows.get(second.id)).toMatchObject({ box: 3, dueAt: thursday, lastAnsweredAt: monday });
		expect(rows.get(third.id)).toMatchObject({ box: 3, dueAt: thursday, lastAnsweredAt: monday });
		expect(rows.size).toBe(3);
	});

	it('shows at most 10 due items, confident errors first, and agrees with the count', async () => {
		const userId = await learner();
		const confident = [allItems[11]!.id, allItems[5]!.id];
		await seed(userId, 14, 1, confident);
		const session = await reviewSession(handle.db, userId, tuesday, course);
		expect(session.items).toHaveLength(10);
		expect(session.due).toBe(14);
		expect(await countDueReviews(handle.db, userId, tuesday)).toBe(session.due);
		expect(
			session.items
				.slice(0, 2)
				.map((i) => i.id)
				.sort()
		).toEqual([...confident].sort());
		expect(session.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const before = await reviewSession(handle.db, userId, new Date(tuesday.getTime() - 1), course);
		expect(before).toEqual({ items: [], due: 0 });
	});

	it('moves right answers up a box and wrong ones back to box 1, in one go', async () => {
		const userId = await learner();
		await seed(userId, 4, 2);
		const wrongId = allItems[0]!.id;
		const { entries } = await sessionForm(userId, tuesday, (id) => id !== wrongId);
		const result = await answerReviews(handle.db, userId, entries, tuesday, course);
		if (!result.ok) throw new Error('refused');
		expect(result.results).toHaveLength(4);
		expect(result.remaining).toBe(0);
		const wrong = result.results.find((r) => r.id === wrongId);
		expect(wrong?.correct).toBe(false);
		expect(wrong?.feedback.length).toBeGreaterThan(0);
		const rows = new Map((await queue(userId)).map((r) => [r.itemId, r]));
		expect(rows.get(wrongId)).toMatchObject({ box: 1, dueAt: dueDate(1, tuesday) });
		expect(rows.get(allItems[1]!.id)).toMatchObject({ box: 3, dueAt: dueDate(3, tuesday) });
	});

	it('takes an item answered right from the last box out of the queue', async () => {
		const userId = await learner();
		await seed(userId, 1, 4);
		const { entries } = await sessionForm(userId, tuesday, () => true);
		await answerReviews(handle.db, userId, entries, tuesday, course);
		expect(await queue(userId)).toEqual([]);
	});

	it('changes nothing on a repeated submission of the same session', async () => {
		const userId = await learner();
		await seed(userId, 3, 1);
		const { entries } = await sessionForm(userId, tuesday, () => true);
		const [first, second] = await Promise.all([
			answerReviews(handle.db, userId, entries, tuesday, course),
			answerReviews(handle.db, userId, entries, tuesday, course)
		]);
		if (!first.ok || !second.ok) throw new Error('refused');
		expect(first.results.length + second.results.length).toBe(3);
		expect(first.alreadyAnswered + second.alreadyAnswered).toBe(3);
		const rows = await queue(userId);
		expect(rows.map((r) => r.box)).toEqual([2, 2, 2]);
	});

	it('leaves an item that was left open due', async () => {
		const userId = await learner();
		await seed(userId, 2, 1);
		const { session, entries } = await sessionForm(userId, tuesday, () => true);
		for (const key of [...entries.keys()]) if (key.startsWith('q2')) entries.delete(key);
		const result = await answerReviews(handle.db, userId, entries, tuesday, course);
		if (!result.ok) throw new Error('refused');
		expect(result).toMatchObject({ skipped: 1, remaining: 1 });
		const open = await reviewSession(handle.db, userId, tuesday, course);
		expect(open.items.map((i) => i.id)).toEqual([session.items[1]?.id]);
	});

	it('asks again, keeping what was typed, when an answer cannot be read', async () => {
		const userId = await learner();
		await seed(userId, 2, 1);
		const { entries } = await sessionForm(userId, tuesday, () => true);
		entries.set('q1', ['geen-token']);
		const result = await answerReviews(handle.db, userId, entries, tuesday, course);
		expect(result).toMatchObject({ ok: false, errors: { q1: 'choice-unknown' } });
		expect((await queue(userId)).every((r) => r.box === 1)).toBe(true);
	});

	it('ignores items that are not in the learner’s queue', async () => {
		const userId = await learner();
		const stranger = allItems[20]!;
		const entries = rightAnswer(
			new Map([['item', [stranger.id]]]),
			stranger,
			1,
			reviewScope(userId, monday)
		);
		const result = await answerReviews(handle.db, userId, entries, tuesday, course);
		expect(result).toMatchObject({ ok: true, results: [], alreadyAnswered: 1 });
		expect(await queue(userId)).toEqual([]);
	});

	it('drops items removed from the course, so the count agrees again', async () => {
		const userId = await learner();
		await seed(userId, 3, 1);
		const removed = allItems[0]!.id;
		const edited: Course = {
			...course,
			item: (id) => (id === removed ? undefined : course.item(id))
		};
		expect(await countDueReviews(handle.db, userId, tuesday)).toBe(3);
		const session = await reviewSession(handle.db, userId, tuesday, edited);
		expect(session.due).toBe(2);
		expect(await countDueReviews(handle.db, userId, tuesday)).toBe(2);
	});
});
