import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { getCourse } from '../../src/lib/server/content';
import { addMember, insertCohort, removeMember } from '../../src/lib/server/db/queries/cohorts';
import {
	firstAttemptsWithAnswers,
	firstAttemptSummaries
} from '../../src/lib/server/db/queries/analysis';
import { analysisIndex, moduleAnalysis } from '../../src/lib/server/analysis/item-analysis';
import { insertAnswers } from '../../src/lib/server/db/queries/quiz';
import { quizAttempt, type Cohort } from '../../src/lib/server/db/schema';
import { makeUser } from './learn-fixtures';
import { freshDatabase } from './fresh-database';

// The item analysis reads each active member's FIRST submitted attempt only: later retakes,
// open attempts, other audiences, removed members and outsiders never count.

const T0 = new Date('2026-10-01T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe('item analysis: first attempts', () => {
	let handle: DatabaseHandle;
	let group: Cohort;
	const ids: Record<string, string> = {};
	const items = getCourse().itemsFor('functies', 'leraar');
	let counter = 0;

	/** A submitted (or open) attempt where the first `right` items are right, the rest wrong. */
	async function attempt(
		userId: string,
		at: Date,
		right: number,
		extra: { open?: boolean; audience?: string; sure?: boolean } = {}
	) {
		const id = `att-${++counter}`;
		const answers = items.map((item, index) => ({
			itemId: item.id,
			response: null,
			score: index < right ? 1 : 0,
			correct: index < right,
			confidence: extra.sure ? ('zeker' as const) : null
		}));
		await handle.db.insert(quizAttempt).values({
			id,
			userId,
			moduleSlug: 'functies',
			audience: extra.audience ?? 'leraar',
			contentVersion: 'test',
			itemIds: items.map((i) => i.id),
			status: extra.open ? 'open' : 'submitted',
			startedAt: at,
			submittedAt: extra.open ? null : at,
			points: extra.open ? null : right,
			maxPoints: extra.open ? null : items.length,
			passed: extra.open ? null : right * 100 >= 70 * items.length
		});
		if (!extra.open) await insertAnswers(handle.db, id, answers);
		return id;
	}

	beforeAll(async () => {
		handle = await freshDatabase();
		const db = handle.db;
		ids.trainer = await makeUser(db, 'trainer');
		for (const key of ['ann', 'bob', 'cas', 'dio', 'eva']) ids[key] = await makeUser(db);
		group = await insertCohort(db, {
			id: 'g-analysis',
			name: 'Pabo analyse',
			trackId: 'leraar',
			joinCode: 'ANLY-2345',
			ownerId: ids.trainer!
		});
		for (const key of ['ann', 'bob', 'cas', 'eva']) await addMember(db, group.id, ids[key]!, T0);
		await removeMember(db, group.id, ids.cas!, minutes(500));

		// Ann: three attempts; only the first (2 right, and sure of every answer) counts.
		ids.annFirst = await attempt(ids.ann!, minutes(10), 2, { sure: true });
		await attempt(ids.ann!, minutes(20), 9);
		await attempt(ids.ann!, minutes(30), 10);
		// …and an attempt in the other track's audience, earlier still: another quiz.
		await attempt(ids.ann!, minutes(5), 0, { audience: 'ondersteuner' });
		ids.bobFirst = await attempt(ids.bob!, minutes(15), 8);
		await attempt(ids.cas!, minutes(12), 10); // removed from the group
		await attempt(ids.dio!, minutes(12), 10); // never in the group
		await attempt(ids.eva!, minutes(40), 0, { open: true }); // still answering
	});
	afterAll(() => handle.close());

	it('a learner with three attempts counts only with the first', async () => {
		const attempts = await firstAttemptsWithAnswers(handle.db, {
			cohortId: group.id,
			moduleSlug: 'functies',
			audience: 'leraar'
		});
		const byUser = new Map(attempts.map((a) => [a.userId, a]));
		expect([...byUser.keys()].sort()).toEqual([ids.ann, ids.bob].sort());
		// Ann's first attempt: 2 right, sure of every answer; Bob's only one: 8 right.
		const ann = byUser.get(ids.ann!)!;
		expect(ann.points).toBe(2);
		expect(ann.answers).toHaveLength(items.length);
		expect(ann.answers.every((a) => a.confidence === 'zeker')).toBe(true);
		expect(
			ann.answers
				.filter((a) => a.correct)
				.map((a) => a.itemId)
				.sort()
		).toEqual(
			items
				.slice(0, 2)
				.map((i) => i.id)
				.sort()
		);
		expect(ann.answers.find((a) => a.itemId === items[0]!.id)).toEqual({
			itemId: items[0]!.id,
			response: null,
			score: 1,
			correct: true,
			confidence: 'zeker'
		});
		expect(byUser.get(ids.bob!)?.points).toBe(8);
	});

	it('summarises each module over first attempts of active members', async () => {
		const [summary] = await firstAttemptSummaries(handle.db, {
			cohortId: group.id,
			audience: 'leraar',
			moduleSlugs: ['functies', 'taken']
		});
		// Ann 2/10 and Bob 8/10: mean (0.2 + 0.8) / 2 = 0.5; only Bob meets 70%.
		expect(summary).toEqual({ moduleSlug: 'functies', learners: 2, meanShare: 0.5, passed: 1 });
	});

	it('the module view: share right and confident errors from the first attempts', async () => {
		const view = await moduleAnalysis(handle.db, group, 'functies');
		expect(view.members).toBe(3); // ann, bob, eva (cas was removed)
		expect(view.learners).toBe(2);
		expect(view.items).toHaveLength(items.length);
		const third = view.items.find((i) => i.id === items[2]!.id);
		// Item 3: Ann wrong (her first attempt had only items 1–2 right), Bob right: 1 of 2.
		expect(third?.stats.correct).toEqual({ count: 1, total: 2, share: 0.5 });
		// Ann was sure of every answer, so her wrong items lead the list.
		expect(view.items[0]?.stats.confidentWrong.count).toBe(1);
		expect(view.items.at(-1)?.stats.confidentWrong.count).toBe(0);
		expect(view.items[0]?.stats.discrimination).toMatchObject({ kind: 'too-few', n: 2 });
		expect(view.items[0]?.passages[0]?.id).toBeTruthy();
	});

	it('the index lists every module of the track, with zero where nobody started', async () => {
		const index = await analysisIndex(handle.db, group);
		expect(index.modules.map((m) => m.slug)).toEqual(getCourse().track('leraar')?.modules);
		expect(index.modules[0]).toMatchObject({ slug: 'functies', learners: 2, passed: 1 });
		expect(index.modules[1]).toMatchObject({ learners: 0, meanShare: null });
	});

	it('a module outside the group’s track is not found', async () => {
		await expect(moduleAnalysis(handle.db, group, 'werken-als-ondersteuner')).rejects.toMatchObject(
			{ status: 404 }
		);
		await expect(moduleAnalysis(handle.db, group, 'bestaat-niet')).rejects.toMatchObject({
			status: 404
		});
	});
});
