import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	activity,
	cohortMember,
	lessonProgress,
	quizAttempt,
	user
} from '../../src/lib/server/db/schema';
import type { Cohort } from '../../src/lib/server/db/schema';
import { groupOverview } from '../../src/lib/server/overview/overview';
import { progressLabels } from '../../src/lib/server/exports/labels';
import { progressRows } from '../../src/lib/server/exports/progress';
import { freshDatabase } from './fresh-database';
import { group, lessonsOf, person } from './overview-fixtures';

// A group of 500, written in bulk: the overview and the export must handle it in a fixed number
// of queries (timing belongs in bench/, so this only proves the shape of the result).
const NOW = new Date('2026-10-20T10:00:00Z');
const SIZE = 500;

describe('a group of 500', () => {
	let handle: DatabaseHandle;
	let cohort: Cohort;

	beforeAll(async () => {
		handle = await freshDatabase();
		const db = handle.db;
		cohort = await group(db, await person(db, 'Olaf Opleider', 'trainer'));
		const ids = Array.from({ length: SIZE }, (_, i) => `big-${String(i).padStart(3, '0')}`);
		await db.insert(user).values(
			ids.map((id) => ({
				id,
				email: `${id}@school.nl`,
				name: `Leerder ${id}`,
				passwordHash: 'x'
			}))
		);
		await db
			.insert(cohortMember)
			.values(ids.map((userId) => ({ cohortId: cohort.id, userId, joinedAt: NOW })));
		const lesson = lessonsOf('functies')[0]!;
		await db
			.insert(lessonProgress)
			.values(
				ids.map((userId) => ({ userId, moduleSlug: 'functies', lessonSlug: lesson, readAt: NOW }))
			);
		await db.insert(activity).values(
			ids.map((userId, i) => ({
				id: `act-${i}`,
				userId,
				kind: 'lesson-read',
				moduleSlug: 'functies',
				subject: lesson,
				at: NOW
			}))
		);
		await db.insert(quizAttempt).values(
			ids
				.filter((_, i) => i % 2 === 0)
				.map((userId, i) => ({
					id: `att-${i}`,
					userId,
					moduleSlug: 'functies',
					audience: 'leraar',
					contentVersion: 'test',
					itemIds: ['x'],
					status: 'submitted' as const,
					startedAt: NOW,
					submittedAt: NOW,
					points: i % 11,
					maxPoints: 10,
					passed: i % 11 >= 7
				}))
		);
	}, 120_000);
	afterAll(() => handle.close());

	it('shows a page of 50 of the 500 and charts all of them', async () => {
		const overview = await groupOverview(handle.db, cohort, NOW, new URLSearchParams());
		expect(overview.totals.learners).toBe(SIZE);
		expect(overview.selection).toMatchObject({ matching: SIZE, pages: 10 });
		expect(overview.selection.rows).toHaveLength(50);
		expect(overview.charts[0]?.funnel[0]).toBe(SIZE);
		expect(overview.charts[0]?.scored).toBe(SIZE / 2);
	});

	it('exports 500 × 8 rows in pages', async () => {
		let rows = 0;
		let largest = 0;
		for await (const page of progressRows(handle.db, cohort, NOW, progressLabels())) {
			rows += page.length;
			largest = Math.max(largest, page.length);
		}
		expect(rows).toBe(1 + SIZE * 8);
		expect(largest).toBe(100 * 8);
	});
});
