import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	completionFacts,
	type ModuleFacts,
	type ModuleRequirement
} from '../../src/lib/server/db/queries/completion';
import { trackProgressFor } from '../../src/lib/server/learning/progress-service';
import { getCourse } from '../../src/lib/server/content';
import { freshDatabase } from './fresh-database';
import { attempt, makeUser, readLessons, reflect } from './learn-fixtures';

const T = (minutes: number) => new Date(Date.UTC(2026, 9, 1, 9, minutes));
const MODULES: ModuleRequirement[] = [
	{ moduleSlug: 'een', lessonSlugs: ['a', 'b'], reflectionId: 'een-reflectie-leraar' },
	{ moduleSlug: 'twee', lessonSlugs: ['a'], reflectionId: 'twee-reflectie-leraar' }
];

describe('the completion rule (completionFacts)', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	async function factsOf(userIds: string[]) {
		return completionFacts(handle.db, { userIds, audience: 'leraar', modules: MODULES });
	}
	async function one(userId: string, moduleSlug: string): Promise<ModuleFacts> {
		const found = (await factsOf([userId])).find((f) => f.moduleSlug === moduleSlug);
		if (!found) throw new Error(`no facts for ${moduleSlug}`);
		return found;
	}

	it('gives a learner without work a row per module, with nothing done', async () => {
		const id = await makeUser(handle.db);
		expect(await factsOf([id])).toEqual(
			MODULES.map((m) => ({
				userId: id,
				moduleSlug: m.moduleSlug,
				readLessons: [],
				lessonsRead: 0,
				lessonsTotal: m.lessonSlugs.length,
				bestScore: null,
				quizPassed: false,
				quizStarted: false,
				quizAttempts: 0,
				reflectionSubmitted: false,
				reflectionStarted: false,
				complete: false,
				lastActivityAt: null
			}))
		);
	});

	it('is complete with every lesson read, the quiz passed and the reflection submitted', async () => {
		const id = await makeUser(handle.db);
		await readLessons(handle.db, id, 'een', ['a', 'b'], T(1));
		await attempt(handle.db, { userId: id, moduleSlug: 'een', score: 0.8, passed: true, at: T(5) });
		await reflect(handle.db, {
			userId: id,
			moduleSlug: 'een',
			exerciseId: 'een-reflectie-leraar',
			submitted: true,
			at: T(9)
		});
		const facts = await one(id, 'een');
		expect(facts).toMatchObject({
			readLessons: ['a', 'b'],
			lessonsRead: 2,
			quizPassed: true,
			reflectionSubmitted: true,
			complete: true
		});
		expect(facts.bestScore).toBeCloseTo(0.8, 5);
		expect(facts.lastActivityAt).toEqual(T(9));
		expect((await one(id, 'twee')).complete).toBe(false);
	});

	it('is not complete when any one of the three is missing', async () => {
		const noLesson = await makeUser(handle.db);
		const noPass = await makeUser(handle.db);
		const noReflection = await makeUser(handle.db);
		for (const id of [noLesson, noPass, noReflection]) {
			await readLessons(handle.db, id, 'een', id === noLesson ? ['a'] : ['a', 'b'], T(1));
			await attempt(handle.db, {
				userId: id,
				moduleSlug: 'een',
				score: id === noPass ? 0.6 : 0.9,
				passed: id !== noPass,
				at: T(2)
			});
			await reflect(handle.db, {
				userId: id,
				moduleSlug: 'een',
				exerciseId: 'een-reflectie-leraar',
				submitted: id !== noReflection,
				at: T(3)
			});
		}
		const facts = (await factsOf([noLesson, noPass, noReflection])).filter(
			(f) => f.moduleSlug === 'een'
		);
		expect(facts.map((f) => f.complete)).toEqual([false, false, false]);
		expect(facts.map((f) => [f.lessonsRead, f.quizPassed, f.reflectionSubmitted])).toEqual([
			[1, true, true],
			[2, false, true],
			[2, true, false]
		]);
		expect(facts[2]?.reflectionStarted).toBe(true);
	});

	it('counts a failed quiz passed on retake, with the best score and both attempts', async () => {
		const id = await makeUser(handle.db);
		await attempt(handle.db, {
			userId: id,
			moduleSlug: 'een',
			score: 0.4,
			passed: false,
			at: T(1)
		});
		expect((await one(id, 'een')).quizPassed).toBe(false);
		await attempt(handle.db, { userId: id, moduleSlug: 'een', score: 0.9, passed: true, at: T(2) });
		const facts = await one(id, 'een');
		expect(facts.quizPassed).toBe(true);
		expect(facts.bestScore).toBeCloseTo(0.9, 5);
		expect(facts.quizAttempts).toBe(2);
	});

	it('keeps a pass and the best score when a later retake is worse', async () => {
		const id = await makeUser(handle.db);
		await attempt(handle.db, { userId: id, moduleSlug: 'een', score: 0.8, passed: true, at: T(1) });
		await attempt(handle.db, {
			userId: id,
			moduleSlug: 'een',
			score: 0.3,
			passed: false,
			at: T(2)
		});
		const facts = await one(id, 'een');
		expect(facts.quizPassed).toBe(true);
		expect(facts.bestScore).toBeCloseTo(0.8, 5);
	});

	it('keeps attempts in two modules apart', async () => {
		const id = await makeUser(handle.db);
		await attempt(handle.db, { userId: id, moduleSlug: 'een', score: 1, passed: true, at: T(1) });
		await attempt(handle.db, {
			userId: id,
			moduleSlug: 'twee',
			score: 0.5,
			passed: false,
			at: T(2)
		});
		const [een, twee] = await factsOf([id]);
		expect([een?.moduleSlug, een?.quizPassed, een?.bestScore]).toEqual(['een', true, 1]);
		expect([twee?.moduleSlug, twee?.quizPassed, twee?.bestScore]).toEqual(['twee', false, 0.5]);
	});

	it('ignores an open attempt for the score, but counts it as started', async () => {
		const id = await makeUser(handle.db);
		await attempt(handle.db, { userId: id, moduleSlug: 'een', open: true, at: T(4) });
		const facts = await one(id, 'een');
		expect(facts).toMatchObject({ quizStarted: true, quizAttempts: 0, bestScore: null });
		expect(facts.quizPassed).toBe(false);
		expect(facts.lastActivityAt).toEqual(T(4));
	});

	it("ignores another audience's attempts and exercise, and lessons the content no longer has", async () => {
		const id = await makeUser(handle.db);
		await readLessons(handle.db, id, 'een', ['a', 'oud'], T(1));
		await attempt(handle.db, {
			userId: id,
			moduleSlug: 'een',
			score: 1,
			passed: true,
			audience: 'ondersteuner',
			at: T(2)
		});
		await reflect(handle.db, {
			userId: id,
			moduleSlug: 'een',
			exerciseId: 'een-reflectie-ondersteuner',
			submitted: true,
			at: T(3)
		});
		const facts = await one(id, 'een');
		expect(facts).toMatchObject({
			readLessons: ['a'],
			lessonsRead: 1,
			quizPassed: false,
			quizStarted: false,
			reflectionSubmitted: false,
			complete: false
		});
	});

	it('never mixes up learners, for a large group at once', async () => {
		const ids: string[] = [];
		for (let i = 0; i < 150; i++) ids.push(await makeUser(handle.db));
		// Every third learner completes module een; the others read one lesson.
		for (const [i, id] of ids.entries()) {
			if (i % 3 === 0) {
				await readLessons(handle.db, id, 'een', ['a', 'b'], T(1));
				await attempt(handle.db, {
					userId: id,
					moduleSlug: 'een',
					score: 1,
					passed: true,
					at: T(2)
				});
				await reflect(handle.db, {
					userId: id,
					moduleSlug: 'een',
					exerciseId: 'een-reflectie-leraar',
					submitted: true,
					at: T(3)
				});
			} else await readLessons(handle.db, id, 'een', ['b'], T(1));
		}
		const facts = await factsOf(ids);
		expect(facts).toHaveLength(ids.length * MODULES.length);
		expect(facts.map((f) => f.userId)).toEqual(ids.flatMap((id) => [id, id]));
		const een = facts.filter((f) => f.moduleSlug === 'een');
		expect(een.map((f) => f.complete)).toEqual(ids.map((_, i) => i % 3 === 0));
		expect(een.filter((f) => !f.complete).every((f) => f.readLessons.join() === 'b')).toBe(true);
	});

	it('returns nothing for no learners or no modules, without querying', async () => {
		expect(
			await completionFacts(handle.db, { userIds: [], audience: 'leraar', modules: MODULES })
		).toEqual([]);
		const id = await makeUser(handle.db);
		expect(
			await completionFacts(handle.db, { userIds: [id], audience: 'leraar', modules: [] })
		).toEqual([]);
	});
});

describe('trackProgressFor (the real course)', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	it('moves a learner on to the second lesson after the first is read', async () => {
		const course = getCourse();
		const track = course.track('leraar');
		if (!track) throw new Error('no leraar track');
		const [first] = course.trackModules('leraar');
		const lessons = course.lessonsFor(first?.slug ?? '', 'leraar');
		const id = await makeUser(handle.db);
		const other = await makeUser(handle.db);
		await readLessons(handle.db, id, first?.slug ?? '', [lessons[0]?.slug ?? ''], T(1));
		const progress = await trackProgressFor(handle.db, [id, other], track, course);
		expect(progress.get(id)?.next).toEqual({
			kind: 'lesson',
			module: first?.slug,
			lesson: lessons[1]?.slug
		});
		expect(progress.get(id)?.stepsDone).toBe(1);
		expect(progress.get(other)?.stepsDone).toBe(0);
		expect(progress.get(other)?.modules).toHaveLength(track.modules.length);
	});
});
