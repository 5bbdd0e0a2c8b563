import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	activity,
	auditEvent,
	cohort,
	cohortMember,
	cohortTrainer,
	enrolment,
	intentionCheckin,
	reflectionFeedback,
	reflectionVersion,
	type Role
} from '../../src/lib/server/db/schema';
import { insertUser } from '../../src/lib/server/db/queries/users';
import { findReflection } from '../../src/lib/server/db/queries/reflection';
import { newId } from '../../src/lib/server/auth/tokens';
import { getCourse } from '../../src/lib/server/content';
import { submitReflection } from '../../src/lib/server/reflection/submit';
import { reflectionPage, versionPage } from '../../src/lib/server/reflection/page';
import { readersOf } from '../../src/lib/server/reflection/readers';
import { replyToFeedback } from '../../src/lib/server/reflection/feedback';
import { answerIntention, intentionPrompt } from '../../src/lib/server/reflection/intention';
import { freshDatabase } from './fresh-database';

const TRACK = 'ondersteuners-effectief-inzetten';
const NOW = new Date('2026-11-30T10:00:00Z');

function complete(moduleSlug: string, voornemen: string): Record<string, string> {
	const exercise = getCourse().reflection(moduleSlug, 'leraar')!;
	const fields = Object.fromEntries(exercise.fields.map((f) => [f.id, `Tekst ${f.id}`]));
	return {
		...fields,
		'kern-voorwaarde': 'afstemming',
		voornemen,
		'voornemen-datum': '2026-12-14'
	};
}

describe('who reads a reflection, feedback and the voornemen check-in', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	async function person(name: string, role: Role = 'learner'): Promise<string> {
		const id = newId();
		const email = `${id}@school.nl`;
		await insertUser(handle.db, { id, email, name, passwordHash: 'not-a-hash', role });
		if (role === 'learner')
			await handle.db.insert(enrolment).values({ userId: id, trackId: 'leraar', enrolledAt: NOW });
		return id;
	}

	async function group(
		name: string,
		trackId: string,
		trainers: string[],
		options: { archived?: boolean } = {}
	): Promise<string> {
		const id = newId();
		await handle.db.insert(cohort).values({
			id,
			name,
			trackId,
			joinCode: id.slice(0, 8).toUpperCase(),
			ownerId: trainers[0]!,
			archivedAt: options.archived ? NOW : null
		});
		for (const userId of trainers)
			await handle.db.insert(cohortTrainer).values({ cohortId: id, userId });
		return id;
	}

	async function join(cohortId: string, userId: string, removed = false) {
		await handle.db
			.insert(cohortMember)
			.values({ cohortId, userId, joinedAt: NOW, removedAt: removed ? NOW : null });
	}

	async function submit(userId: string, moduleSlug: string, voornemen: string, sequence = 0) {
		const result = await submitReflection(handle.db, {
			userId,
			trackSlug: TRACK,
			moduleSlug,
			sequence,
			fields: complete(moduleSlug, voornemen),
			now: NOW
		});
		if (result.outcome !== 'submitted') throw new Error(result.outcome);
		return result;
	}

	it('names nobody when the learner is in no group for the track', async () => {
		const learner = await person('Noor');
		expect(await readersOf(handle.db, learner, 'leraar')).toEqual([]);
		const page = await reflectionPage(handle.db, learner, TRACK, 'functies');
		expect(page.readers).toEqual([]);
	});

	it('names the trainers of the learner’s groups for this track, archived groups included', async () => {
		const learner = await person('Sam');
		const anna = await person('Anna Opleider', 'trainer');
		const bert = await person('Bert Opleider', 'trainer');
		const cor = await person('Cor Mbo', 'trainer');
		const dirk = await person('Dirk Oud', 'trainer');
		const eva = await person('Eva Weg', 'trainer');
		const demoted = await person('Fien Nu Deelnemer', 'learner');
		await join(await group('Pabo 2A', 'leraar', [anna, bert, demoted]), learner);
		await join(
			await group('Pabo 1 (vorig jaar)', 'leraar', [dirk, anna], { archived: true }),
			learner
		);
		await join(await group('Mbo OA', 'ondersteuner', [cor]), learner);
		await join(await group('Verlaten groep', 'leraar', [eva]), learner, true);

		const readers = await readersOf(handle.db, learner, 'leraar');
		expect(readers).toEqual([
			{ name: 'Anna Opleider', groups: ['Pabo 1 (vorig jaar)', 'Pabo 2A'] },
			{ name: 'Bert Opleider', groups: ['Pabo 2A'] },
			{ name: 'Dirk Oud', groups: ['Pabo 1 (vorig jaar)'] }
		]);
	});

	it('lists who opened the reflection and when, newest first, only for this reflection', async () => {
		const learner = await person('Mila');
		const trainer = await person('Olaf Opleider', 'trainer');
		await submit(learner, 'functies', 'Ik vraag naar het niveau.');
		const row = await findReflection(handle.db, learner, 'functies-reflectie-leraar');
		await handle.db.insert(auditEvent).values([
			{
				id: newId(),
				actorId: trainer,
				subjectUserId: learner,
				kind: 'reflection-read',
				target: row!.id,
				at: new Date('2026-12-01T08:00:00Z')
			},
			{
				id: newId(),
				actorId: trainer,
				subjectUserId: learner,
				kind: 'reflection-read',
				target: row!.id,
				at: new Date('2026-12-02T08:00:00Z')
			},
			{
				id: newId(),
				actorId: null,
				subjectUserId: learner,
				kind: 'reflection-read',
				target: row!.id,
				at: new Date('2026-12-01T12:00:00Z')
			},
			{
				id: newId(),
				actorId: trainer,
				subjectUserId: learner,
				kind: 'reflection-read',
				target: 'another-id',
				at: NOW
			},
			{
				id: newId(),
				actorId: trainer,
				subjectUserId: learner,
				kind: 'role-changed',
				target: row!.id,
				at: NOW
			}
		]);
		const page = await reflectionPage(handle.db, learner, TRACK, 'functies');
		expect(page.reads).toEqual([
			{ name: 'Olaf Opleider', at: '2026-12-02T08:00:00.000Z' },
			{ name: null, at: '2026-12-01T12:00:00.000Z' },
			{ name: 'Olaf Opleider', at: '2026-12-01T08:00:00.000Z' }
		]);
	});

	it('shows trainer feedback and takes exactly one reply per feedback', async () => {
		const learner = await person('Jip');
		const trainer = await person('Tess Opleider', 'trainer');
		await submit(learner, 'functies', 'Ik vraag naar het niveau.');
		const row = await findReflection(handle.db, learner, 'functies-reflectie-leraar');
		const [version] = await handle.db
			.select()
			.from(reflectionVersion)
			.where(eq(reflectionVersion.reflectionId, row!.id));
		const feedbackId = newId();
		await handle.db.insert(reflectionFeedback).values({
			id: feedbackId,
			versionId: version!.id,
			trainerId: trainer,
			goal: 'Rolduidelijkheid',
			progress: 'Je situatie is concreet.',
			nextStep: 'Bespreek het niveau vooraf.',
			createdAt: NOW
		});
		const page = await reflectionPage(handle.db, learner, TRACK, 'functies');
		expect(page.feedback).toEqual([
			expect.objectContaining({
				id: feedbackId,
				version: 1,
				trainerName: 'Tess Opleider',
				reply: null
			})
		]);

		const reply = (text: string, userId = learner) =>
			replyToFeedback(handle.db, {
				userId,
				trackSlug: TRACK,
				moduleSlug: 'functies',
				feedbackId,
				reply: text,
				now: new Date('2026-12-03T10:00:00Z')
			});
		expect(await reply('Dank je, dat ga ik doen.')).toEqual({ outcome: 'replied' });
		expect(await reply('Nog een reactie')).toEqual({ outcome: 'already-replied' });
		const [stored] = await handle.db
			.select()
			.from(reflectionFeedback)
			.where(eq(reflectionFeedback.id, feedbackId));
		expect(stored?.reply).toBe('Dank je, dat ga ik doen.');
		expect(stored?.repliedAt?.toISOString()).toBe('2026-12-03T10:00:00.000Z');
		const view = await versionPage(handle.db, learner, TRACK, 'functies', '1');
		expect(view.feedback[0]?.reply).toBe('Dank je, dat ga ik doen.');
		const events = await handle.db
			.select()
			.from(activity)
			.where(and(eq(activity.userId, learner), eq(activity.kind, 'feedback-replied')));
		expect(events).toHaveLength(1);

		// Another learner cannot reach this feedback by its id, even with a reflection of their own.
		const stranger = await person('Vreemd');
		await submit(stranger, 'functies', 'Iets anders.');
		await expect(reply('Ingebroken', stranger)).rejects.toMatchObject({ status: 404 });
	});

	it('brings back the voornemen of the previous submitted module once, until answered', async () => {
		const learner = await person('Lot');
		expect(await intentionPrompt(handle.db, learner, 'leraar', 'arbeidsmarkt')).toBeNull();
		await submit(learner, 'functies', 'Ik vraag de ondersteuner naar zijn opleiding.');
		expect(await intentionPrompt(handle.db, learner, 'leraar', 'functies')).toBeNull();
		const prompt = await intentionPrompt(handle.db, learner, 'leraar', 'arbeidsmarkt');
		expect(prompt).toEqual({
			fromModuleSlug: 'functies',
			fromModuleTitle: getCourse().module('functies')!.title,
			voornemen: 'Ik vraag de ondersteuner naar zijn opleiding.',
			datum: '2026-12-14'
		});
		// Two modules on, without a reflection in between, the nearest submitted one still asks.
		expect((await intentionPrompt(handle.db, learner, 'leraar', 'taken'))?.fromModuleSlug).toBe(
			'functies'
		);

		const answer = (text: string, fromModuleSlug = 'functies') =>
			answerIntention(handle.db, {
				userId: learner,
				trackSlug: TRACK,
				moduleSlug: 'arbeidsmarkt',
				fromModuleSlug,
				answer: text,
				now: NOW
			});
		expect(await answer('Het lukte, hij bleek niveau 4 te hebben.')).toEqual({ outcome: 'saved' });
		expect(await intentionPrompt(handle.db, learner, 'leraar', 'arbeidsmarkt')).toBeNull();
		expect(await answer('Tweede antwoord')).toEqual({ outcome: 'already-answered' });
		const rows = await handle.db
			.select()
			.from(intentionCheckin)
			.where(eq(intentionCheckin.userId, learner));
		expect(rows.map((r) => [r.fromModuleSlug, r.answer])).toEqual([
			['functies', 'Het lukte, hij bleek niveau 4 te hebben.']
		]);
		// Only an earlier module with a submitted reflection can be answered.
		await expect(answer('x', 'taken')).rejects.toMatchObject({ status: 404 });
		await expect(answer('x', 'arbeidsmarkt')).rejects.toMatchObject({ status: 404 });

		// A later module asks about the newest voornemen, from its own previous module.
		await submit(learner, 'arbeidsmarkt', 'Ik plan een overleg van tien minuten.');
		const next = await intentionPrompt(handle.db, learner, 'leraar', 'taken');
		expect(next).toMatchObject({
			fromModuleSlug: 'arbeidsmarkt',
			voornemen: 'Ik plan een overleg van tien minuten.'
		});
	});

	it('takes the voornemen from the newest submitted version, not from an unsubmitted draft', async () => {
		const learner = await person('Ruben');
		const first = await submit(learner, 'functies', 'Eerste voornemen');
		await submit(learner, 'functies', 'Herzien voornemen', first.sequence);
		const prompt = await intentionPrompt(handle.db, learner, 'leraar', 'arbeidsmarkt');
		expect(prompt?.voornemen).toBe('Herzien voornemen');
	});
});
