import { insertTestUser } from './builders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { activity, enrolment, quizAnswer, quizAttempt } from '../../src/lib/server/db/schema';
import { enrol } from '../../src/lib/server/db/queries/enrolment';
import { getCourse, type Course } from '../../src/lib/server/content';
import { startAttempt, submitAttempt, type QuizContext } from '../../src/lib/server/quiz/attempts';
import { attemptResult, quizPage } from '../../src/lib/server/quiz/pages';
import { attemptScope } from '../../src/lib/server/quiz/tokens';
import { rightAnswer, wrongAnswer } from '../unit/quiz/answers';
import { freshDatabase } from './fresh-database';

const course = getCourse();
const module = course.module('functies');
if (!module) throw new Error('module functies missing');
const ctx: QuizContext = { course, module, audience: 'leraar' };
const items = course.itemsFor('functies', 'leraar');
const now = new Date('2026-05-04T08:00:00Z');

/** Form entries answering the attempt's first `right` items right and the rest wrong. */
function answers(attemptId: string, right: number) {
	const entries = new Map<string, string[]>();
	items.forEach((item, index) => {
		const build = index < right ? rightAnswer : wrongAnswer;
		build(entries, item, index + 1, attemptScope(attemptId));
	});
	return entries;
}

describe('quiz attempts', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	const learner = () => insertTestUser(handle.db, { name: 'Lea' });

	async function attemptRows(userId: string) {
		return handle.db.select().from(quizAttempt).where(eq(quizAttempt.userId, userId));
	}

	it('stores the content version, the audience and the item ids asked', async () => {
		const userId = await learner();
		const { attemptId, created } = await startAttempt(handle.db, userId, ctx, now);
		expect(created).toBe(true);
		const [row] = await attemptRows(userId);
		expect(row).toMatchObject({
			id: attemptId,
			status: 'open',
			audience: 'leraar',
			contentVersion: course.version,
			itemIds: items.map((i) => i.id),
			moduleSlug: 'functies'
		});
		const events = await handle.db.select().from(activity).where(eq(activity.userId, userId));
		expect(events.map((e) => [e.kind, e.subject])).toEqual([['quiz-started', attemptId]]);
	});

	it('keeps exactly one open attempt when 20 starts race', async () => {
		const userId = await learner();
		const results = await Promise.all(
			Array.from({ length: 20 }, () => startAttempt(handle.db, userId, ctx, now))
		);
		const rows = await attemptRows(userId);
		expect(rows.filter((r) => r.status === 'open')).toHaveLength(1);
		expect(new Set(results.map((r) => r.attemptId))).toEqual(new Set([rows[0]?.id]));
		expect(results.filter((r) => r.created)).toHaveLength(1);
	});

	it('grades on the server and stores one answer per item', async () => {
		const userId = await learner();
		const { attemptId } = await startAttempt(handle.db, userId, ctx, now);
		const result = await submitAttempt(
			handle.db,
			userId,
			ctx,
			attemptId,
			answers(attemptId, items.length),
			now
		);
		expect(result).toEqual({ ok: true, attemptId });
		const [row] = await attemptRows(userId);
		expect(row).toMatchObject({ status: 'submitted', passed: true, maxPoints: items.length });
		expect(row?.points).toBeCloseTo(items.length);
		const stored = await handle.db
			.select()
			.from(quizAnswer)
			.where(eq(quizAnswer.attemptId, attemptId));
		expect(stored).toHaveLength(items.length);
		expect(stored.every((a) => a.correct && a.score === 1)).toBe(true);
	});

	it('stores one attempt and one set of answers under a double submission', async () => {
		const userId = await learner();
		const { attemptId } = await startAttempt(handle.db, userId, ctx, now);
		const form = answers(attemptId, 3);
		const both = await Promise.all([
			submitAttempt(handle.db, userId, ctx, attemptId, form, now),
			submitAttempt(handle.db, userId, ctx, attemptId, form, now)
		]);
		expect(both).toEqual([
			{ ok: true, attemptId },
			{ ok: true, attemptId }
		]);
		const rows = await attemptRows(userId);
		expect(rows).toHaveLength(1);
		const stored = await handle.db
			.select()
			.from(quizAnswer)
			.where(eq(quizAnswer.attemptId, attemptId));
		expect(stored).toHaveLength(items.length);
		const submitted = await handle.db
			.select()
			.from(activity)
			.where(and(eq(activity.userId, userId), eq(activity.kind, 'quiz-submitted')));
		expect(submitted).toHaveLength(1);
	});

	it('answers a retry with the first result, whatever the retry carries', async () => {
		const userId = await learner();
		const { attemptId } = await startAttempt(handle.db, userId, ctx, now);
		await submitAttempt(handle.db, userId, ctx, attemptId, answers(attemptId, 2), now);
		const [before] = await attemptRows(userId);
		const retry = await submitAttempt(
			handle.db,
			userId,
			ctx,
			attemptId,
			answers(attemptId, items.length),
			now
		);
		expect(retry).toEqual({ ok: true, attemptId });
		const [after] = await attemptRows(userId);
		expect(after).toEqual(before);
		expect(after?.passed).toBe(false);
	});

	it('stores nothing and keeps the attempt open on input the learner must correct', async () => {
		const userId = await learner();
		const { attemptId } = await startAttempt(handle.db, userId, ctx, now);
		const form = answers(attemptId, items.length);
		form.set('q1', ['onzin-token']);
		const result = await submitAttempt(handle.db, userId, ctx, attemptId, form, now);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors).toEqual({ q1: 'choice-unknown' });
			expect(result.values.q1).toEqual(['onzin-token']);
			expect(Object.keys(result.values).length).toBeGreaterThan(items.length / 2);
		}
		const [row] = await attemptRows(userId);
		expect(row?.status).toBe('open');
		const stored = await handle.db
			.select()
			.from(quizAnswer)
			.where(eq(quizAnswer.attemptId, attemptId));
		expect(stored).toHaveLength(0);
	});

	it('scores an empty submission 0 and stores every item as left open', async () => {
		const userId = await learner();
		const { attemptId } = await startAttempt(handle.db, userId, ctx, now);
		await submitAttempt(handle.db, userId, ctx, attemptId, new Map(), now);
		const [row] = await attemptRows(userId);
		expect(row).toMatchObject({ status: 'submitted', points: 0, passed: false });
		const stored = await handle.db
			.select()
			.from(quizAnswer)
			.where(eq(quizAnswer.attemptId, attemptId));
		expect(stored.map((a) => a.response)).toEqual(items.map(() => null));
	});

	it('answers 404 for another learner’s attempt or another module’s', async () => {
		const owner = await learner();
		const other = await learner();
		const { attemptId } = await startAttempt(handle.db, owner, ctx, now);
		await expect(
			submitAttempt(handle.db, other, ctx, attemptId, new Map(), now)
		).rejects.toMatchObject({ status: 404 });
		await expect(attemptResult(handle.db, other, ctx, attemptId)).rejects.toMatchObject({
			status: 404
		});
		const taken = course.module('taken');
		if (!taken) throw new Error('module taken missing');
		await expect(
			submitAttempt(handle.db, owner, { ...ctx, module: taken }, attemptId, new Map(), now)
		).rejects.toMatchObject({ status: 404 });
		await expect(
			submitAttempt(handle.db, owner, ctx, '../../etc', new Map(), now)
		).rejects.toMatchObject({ status: 404 });
	});

	it('checks the enrolment with the attempt when the caller has not: 404 once the learner left', async () => {
		const owner = await learner();
		const other = await learner();
		await enrol(handle.db, owner, 'leraar', now);
		await enrol(handle.db, other, 'leraar', now);
		const unchecked: QuizContext = { ...ctx, uncheckedTrackId: 'leraar' };
		const first = await startAttempt(handle.db, owner, ctx, now);
		// Someone else's attempt stays absent, enrolled or not.
		await expect(
			submitAttempt(handle.db, other, unchecked, first.attemptId, answers(first.attemptId, 10), now)
		).rejects.toMatchObject({ status: 404 });
		expect(
			await submitAttempt(
				handle.db,
				owner,
				unchecked,
				first.attemptId,
				answers(first.attemptId, 10),
				now
			)
		).toEqual({ ok: true, attemptId: first.attemptId });

		const second = await startAttempt(handle.db, owner, ctx, now);
		await handle.db.delete(enrolment).where(eq(enrolment.userId, owner));
		await expect(
			submitAttempt(
				handle.db,
				owner,
				unchecked,
				second.attemptId,
				answers(second.attemptId, 10),
				now
			)
		).rejects.toMatchObject({ status: 404 });
		expect((await attemptRows(owner)).find((a) => a.id === second.attemptId)?.status).toBe('open');
	});

	it('allows unlimited retakes; the best score counts', async () => {
		const userId = await learner();
		const first = await startAttempt(handle.db, userId, ctx, now);
		await submitAttempt(handle.db, userId, ctx, first.attemptId, answers(first.attemptId, 2), now);
		const second = await startAttempt(handle.db, userId, ctx, now);
		expect(second.attemptId).not.toBe(first.attemptId);
		await submitAttempt(
			handle.db,
			userId,
			ctx,
			second.attemptId,
			answers(second.attemptId, items.length),
			now
		);
		const third = await startAttempt(handle.db, userId, ctx, now);
		await submitAttempt(handle.db, userId, ctx, third.attemptId, answers(third.attemptId, 1), now);
		const page = await quizPage(handle.db, userId, ctx);
		expect(page.history).toHaveLength(3);
		expect(page.best?.id).toBe(second.attemptId);
		expect(page.best?.percentage).toBe(100);
		expect(page.passed).toBe(true);
		expect(page.open).toBeNull();
	});

	it('shows the stored result with feedback, and keeps a removed item’s score', async () => {
		const userId = await learner();
		const { attemptId } = await startAttempt(handle.db, userId, ctx, now);
		await submitAttempt(handle.db, userId, ctx, attemptId, answers(attemptId, 1), now);
		const result = await attemptResult(handle.db, userId, ctx, attemptId);
		if (result.status !== 'submitted') throw new Error('not submitted');
		expect(result.items).toHaveLength(items.length);
		const [first, second] = result.items;
		expect(first).toMatchObject({
			correct: true,
			available: true,
			explanation: items[0]?.explanation
		});
		expect(second?.correct).toBe(false);
		expect(second?.feedback.length).toBeGreaterThan(0);
		expect(second?.passages).toEqual(items[1]?.passages);

		// A later content edit removes the first item: its stored result stays, without feedback.
		const edited: Course = {
			...course,
			item: (id) => (id === items[0]?.id ? undefined : course.item(id))
		};
		const later = await attemptResult(handle.db, userId, { ...ctx, course: edited }, attemptId);
		if (later.status !== 'submitted') throw new Error('not submitted');
		expect(later.items[0]).toMatchObject({
			available: false,
			correct: true,
			score: 1,
			feedback: []
		});
		expect(later.attempt).toEqual(result.attempt);
	});

	it('shows no answer key while an attempt is open', async () => {
		const userId = await learner();
		await startAttempt(handle.db, userId, ctx, now);
		const page = await quizPage(handle.db, userId, ctx);
		expect(page.open?.items).toHaveLength(items.length);
		const json = JSON.stringify(page);
		for (const item of items) expect(json).not.toContain(item.explanation);
		expect(json).not.toContain('"correct"');
		expect(json).not.toContain(course.version);
	});
});
