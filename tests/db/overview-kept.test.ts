import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { groupFingerprint } from '../../src/lib/server/db/queries/overview';
import {
	lessonProgress,
	quizAttempt,
	reflection,
	user,
	type Cohort
} from '../../src/lib/server/db/schema';
import { groupRows, type GroupRows } from '../../src/lib/server/overview/group-rows';
import { groupTrack } from '../../src/lib/server/overview/scope';
import { freshDatabase } from './fresh-database';
import { act, group, join, leave, lessonsOf, person } from './overview-fixtures';

// The overview's rows are kept while the group's fingerprint stays the same. These tests change
// the data underneath in every way the overview reads it, without the application's own write
// paths (no activity is recorded alongside), and check that the next view sees each change.

const NOW = new Date('2026-10-20T10:00:00Z');

describe('the group overview’s kept rows', () => {
	let handle: DatabaseHandle;
	let cohort: Cohort;
	let anna: string;
	let bas: string;
	let last: GroupRows;

	const rowsNow = (now = NOW) => groupRows(handle.db, cohort.id, groupTrack(cohort), now);
	const row = (rows: GroupRows, id: string) => rows.rows.find((r) => r.id === id);
	/** The rows after a change: rebuilt, never the kept ones. */
	const afterChange = async () => {
		const next = await rowsNow();
		expect(next).not.toBe(last);
		last = next;
		return next;
	};

	beforeAll(async () => {
		handle = await freshDatabase();
		const db = handle.db;
		const trainer = await person(db, 'Olaf Opleider', 'trainer');
		cohort = await group(db, trainer);
		anna = await person(db, 'Anna Aalders');
		bas = await person(db, 'Bas Bakker');
		await join(db, cohort.id, anna, NOW);
		await join(db, cohort.id, bas, NOW);
		last = await rowsNow();
	});
	afterAll(() => handle.close());

	it('are used again while nothing changed', async () => {
		const fingerprint = await groupFingerprint(handle.db, cohort.id);
		expect(await rowsNow()).toBe(last);
		expect(await groupFingerprint(handle.db, cohort.id)).toBe(fingerprint);
	});

	it('are rebuilt after a lesson is read, and after the reading is deleted', async () => {
		const [first] = lessonsOf('functies');
		await handle.db
			.insert(lessonProgress)
			.values({ userId: anna, moduleSlug: 'functies', lessonSlug: first!, readAt: NOW });
		expect(row(await afterChange(), anna)?.cells[0]?.status).toBe('in-progress');
		await handle.db
			.delete(lessonProgress)
			.where(and(eq(lessonProgress.userId, anna), eq(lessonProgress.moduleSlug, 'functies')));
		expect(row(await afterChange(), anna)?.cells[0]?.status).toBe('not-started');
	});

	it('are rebuilt after a quiz attempt is started and when it is submitted', async () => {
		const attempt = {
			id: 'kept-attempt',
			userId: bas,
			moduleSlug: 'arbeidsmarkt',
			audience: 'leraar',
			contentVersion: 'test',
			itemIds: ['x-01'],
			status: 'open' as const,
			startedAt: NOW
		};
		await handle.db.insert(quizAttempt).values(attempt);
		expect(row(await afterChange(), bas)?.cells[1]?.status).toBe('in-progress');
		await handle.db
			.update(quizAttempt)
			.set({ status: 'submitted', submittedAt: NOW, points: 2, maxPoints: 10, passed: false })
			.where(eq(quizAttempt.id, attempt.id));
		const rows = await afterChange();
		expect(rows.charts[1]?.scored).toBe(1);
	});

	it('are rebuilt after a reflection draft is saved again', async () => {
		const { requirements } = groupTrack(cohort);
		await handle.db.insert(reflection).values({
			id: 'kept-reflection',
			userId: anna,
			moduleSlug: 'taken',
			exerciseId: requirements[2]!.reflectionId,
			draft: { situatie: 'Eerste zin.' },
			updatedAt: NOW
		});
		expect(row(await afterChange(), anna)?.cells[2]?.status).toBe('in-progress');
		const later = new Date(NOW.getTime() + 60_000);
		await handle.db
			.update(reflection)
			.set({ draft: { situatie: 'Eerste zin. Tweede zin.' }, updatedAt: later })
			.where(eq(reflection.id, 'kept-reflection'));
		expect(row(await afterChange(), anna)?.lastActivityAt).toBe(later.toISOString());
	});

	it('are rebuilt after other activity, a new name and a removal from the group', async () => {
		const later = new Date(NOW.getTime() + 120_000);
		await act(handle.db, bas, 'review-answered', later, 'functies', 'x-01');
		expect(row(await afterChange(), bas)?.lastActivityAt).toBe(later.toISOString());
		await handle.db.update(user).set({ name: 'Bas de Bakker' }).where(eq(user.id, bas));
		expect(row(await afterChange(), bas)?.name).toBe('Bas de Bakker');
		await leave(handle.db, cohort.id, bas, later);
		expect((await afterChange()).rows.map((r) => r.id)).toEqual([anna]);
	});

	it('are built once for views that ask at the same time', async () => {
		await act(handle.db, anna, 'intention-checked', NOW, 'functies');
		const [one, two] = await Promise.all([rowsNow(), rowsNow()]);
		expect(one).not.toBe(last);
		expect(two).toBe(one);
		last = one;
	});

	it('are rebuilt on another day, when inactivity is counted again', async () => {
		const nextDay = new Date(NOW.getTime() + 86_400_000);
		const kept = await rowsNow();
		expect(await rowsNow(nextDay)).not.toBe(kept);
	});
});
