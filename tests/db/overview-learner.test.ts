import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { Cohort } from '../../src/lib/server/db/schema';
import { learnerInGroup, type LearnerInGroup } from '../../src/lib/server/overview/learner';
import { freshDatabase } from './fresh-database';
import {
	act,
	group,
	itemsOf,
	join,
	leave,
	lessonsOf,
	person,
	quiz,
	read,
	reflect,
	review
} from './overview-fixtures';

const NOW = new Date('2026-10-20T10:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('a learner in the group', () => {
	let handle: DatabaseHandle;
	let cohort: Cohort;
	let learner: string;
	let view: LearnerInGroup;
	const own: Record<string, string> = {};
	const foreign: Record<string, string> = {};

	beforeAll(async () => {
		handle = await freshDatabase();
		const db = handle.db;
		const trainer = await person(db, 'Olaf Opleider', 'trainer');
		cohort = await group(db, trainer);
		learner = await person(db, 'Lotte Leerling');
		await join(db, cohort.id, learner, daysAgo(10));
		await act(db, learner, 'cohort-joined', daysAgo(10), undefined, cohort.id);

		// Work in this group's track (leraar): a lesson, two attempts with answers, a reflection in
		// two versions, review items.
		const [first, second] = itemsOf('functies');
		await read(db, learner, 'functies', lessonsOf('functies').slice(0, 1), daysAgo(5));
		own.failed = await quiz(db, {
			userId: learner,
			moduleSlug: 'functies',
			score: 0.5,
			passed: false,
			at: daysAgo(4),
			answers: {
				[first!]: { correct: true, confidence: 'zeker' },
				[second!]: { correct: false, confidence: 'zeker' }
			}
		});
		own.passed = await quiz(db, {
			userId: learner,
			moduleSlug: 'functies',
			score: 1,
			passed: true,
			at: daysAgo(3),
			answers: { [first!]: { correct: true }, [second!]: { correct: true, confidence: 'gok' } }
		});
		own.reflection = await reflect(db, {
			userId: learner,
			moduleSlug: 'functies',
			exerciseId: 'functies-reflectie-leraar',
			at: daysAgo(2),
			versions: 2
		});
		await review(db, {
			userId: learner,
			itemId: second!,
			moduleSlug: 'functies',
			box: 1,
			dueAt: daysAgo(1)
		});
		await review(db, {
			userId: learner,
			itemId: first!,
			moduleSlug: 'functies',
			box: 2,
			dueAt: daysAgo(-3)
		});

		// Work OUTSIDE this group's track: the other audience in a shared module, a module the
		// leraar track does not have, and a draft that was never submitted.
		foreign.attempt = await quiz(db, {
			userId: learner,
			moduleSlug: 'functies',
			score: 0.9,
			passed: true,
			at: daysAgo(1),
			audience: 'ondersteuner',
			answers: { [itemsOf('functies', 'ondersteuner')[0]!]: { correct: true } }
		});
		foreign.reflection = await reflect(db, {
			userId: learner,
			moduleSlug: 'functies',
			exerciseId: 'functies-reflectie-ondersteuner',
			at: daysAgo(1)
		});
		foreign.moduleAttempt = await quiz(db, {
			userId: learner,
			moduleSlug: 'werken-als-ondersteuner',
			score: 1,
			passed: true,
			at: daysAgo(1),
			audience: 'ondersteuner'
		});
		await read(
			db,
			learner,
			'werken-als-ondersteuner',
			lessonsOf('werken-als-ondersteuner', 'ondersteuner').slice(0, 1),
			daysAgo(1)
		);
		foreign.draft = await reflect(db, {
			userId: learner,
			moduleSlug: 'taken',
			exerciseId: 'taken-reflectie-leraar',
			at: daysAgo(1),
			versions: 0
		});
		await review(db, {
			userId: learner,
			itemId: itemsOf('werken-als-ondersteuner', 'ondersteuner')[0]!,
			moduleSlug: 'werken-als-ondersteuner',
			box: 1,
			dueAt: daysAgo(1)
		});
		await act(db, learner, 'track-enrolled', daysAgo(1), undefined, 'ondersteuner');

		view = await learnerInGroup(db, cohort, learner, NOW);
	});
	afterAll(() => handle.close());

	it('shows the attempts in the track with their answers, newest first', () => {
		expect(view.attempts.map((a) => a.id)).toEqual([own.passed, own.failed]);
		const failed = view.attempts[1];
		expect(failed).toMatchObject({ percent: 50, passed: false });
		expect(failed?.items.map((i) => [i.correct, i.confidence])).toEqual([
			[true, 'zeker'],
			[false, 'zeker']
		]);
		expect(failed?.items[0]?.prompt).toBeTruthy();
	});

	it('shows the submitted reflection with its versions, and no drafts', () => {
		expect(view.reflections).toHaveLength(1);
		expect(view.reflections[0]).toMatchObject({ id: own.reflection });
		expect(view.reflections[0]?.versions.map((v) => v.version)).toEqual([1, 2]);
	});

	it('shows the review queue of the track only', () => {
		expect(view.review).toMatchObject({ total: 2, due: 1 });
		expect(view.review.boxes.map((b) => b.count)).toEqual([1, 1, 0, 0]);
		expect(view.review.nextDueAt).toBe(new Date(daysAgo(-3)).toISOString());
	});

	it('never shows work of another track, anywhere in its data', () => {
		const data = JSON.stringify(view);
		for (const id of Object.values(foreign)) expect(data).not.toContain(id);
		expect(data).not.toContain('werken-als-ondersteuner');
		expect(data).not.toContain('Werken als ondersteuner');
		expect(view.timeline.some((e) => e.kind === 'track-enrolled')).toBe(false);
	});

	it('keeps a timeline of the track’s events, newest first', () => {
		expect(view.timeline.map((e) => e.kind)).toEqual([
			'reflection-submitted',
			'quiz-submitted',
			'quiz-submitted',
			'lesson-read',
			'cohort-joined'
		]);
		expect(view.timeline[3]?.lessonTitle).toBeTruthy();
		// Saving the draft in module taken is work in this track: it counts as activity, though the
		// draft itself never shows.
		expect(view.lastActivityAt).toBe(daysAgo(1).toISOString());
	});

	it('gives the module statuses from the completion rule', () => {
		expect(view.modules[0]).toMatchObject({
			slug: 'functies',
			lessonsRead: 1,
			bestPercent: 100,
			quizPassed: true,
			quizAttempts: 2,
			reflectionSubmitted: true
		});
		expect(view.modules[0]?.cell.status).toBe('in-progress');
	});

	it('is 404 for anyone not (or no longer) an active member of the group', async () => {
		const stranger = await person(handle.db, 'Sam Vreemd');
		await expect(learnerInGroup(handle.db, cohort, stranger, NOW)).rejects.toMatchObject({
			status: 404
		});
		const gone = await person(handle.db, 'Gijs Weg');
		await join(handle.db, cohort.id, gone, daysAgo(5));
		await leave(handle.db, cohort.id, gone, daysAgo(1));
		await expect(learnerInGroup(handle.db, cohort, gone, NOW)).rejects.toMatchObject({
			status: 404
		});
	});
});
