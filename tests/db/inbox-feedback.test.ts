import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { PublicUser } from '../../src/lib/server/db/queries/users';
import { addMember, insertCohort } from '../../src/lib/server/db/queries/cohorts';
import { storeReply } from '../../src/lib/server/db/queries/reflection';
import { parseForm } from '../../src/lib/server/http/form';
import {
	feedbackFormSchema,
	giveFeedback,
	submitFeedbackForm
} from '../../src/lib/server/analysis/feedback';
import { openReflection } from '../../src/lib/server/analysis/reflection-page';
import { MAX_FEEDBACK_CHARS } from '../../src/lib/analysis/feedback';
import {
	reflection,
	reflectionFeedback,
	reflectionVersion,
	user
} from '../../src/lib/server/db/schema';
import { makeUser } from './learn-fixtures';
import { freshDatabase } from './fresh-database';

// Feedback in three parts on the latest version, validated; the learner's reply joins the thread.

const T0 = new Date('2026-11-02T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function form(values: Record<string, string>) {
	const data = new FormData();
	for (const [key, value] of Object.entries(values)) data.set(key, value);
	return data;
}

describe('reflection feedback', () => {
	let handle: DatabaseHandle;
	let trainer: PublicUser;
	let stranger: PublicUser;
	let learnerId: string;
	const reflectionId = 'refl-feedback';

	async function asUser(role: PublicUser['role']): Promise<PublicUser> {
		const id = await makeUser(handle.db, role);
		const [row] = await handle.db.select().from(user).where(eq(user.id, id));
		return { id, email: row!.email, name: row!.name, role };
	}

	beforeAll(async () => {
		handle = await freshDatabase();
		trainer = await asUser('trainer');
		stranger = await asUser('trainer');
		learnerId = await makeUser(handle.db);
		await insertCohort(handle.db, {
			id: 'g-feedback',
			name: 'Groep feedback',
			trackId: 'leraar',
			joinCode: 'FDBK-2345',
			ownerId: trainer.id
		});
		await addMember(handle.db, 'g-feedback', learnerId, T0);
		await handle.db.insert(reflection).values({
			id: reflectionId,
			userId: learnerId,
			moduleSlug: 'functies',
			exerciseId: 'functies-reflectie-leraar',
			draft: {},
			sequence: 2,
			submittedAt: at(1)
		});
		for (const version of [1, 2]) {
			await handle.db.insert(reflectionVersion).values({
				id: `${reflectionId}-v${version}`,
				reflectionId,
				version,
				fields: { situatie: `Versie ${version}`, 'kern-voorwaarde': 'rolduidelijkheid' },
				contentVersion: 'test',
				submittedAt: at(version)
			});
		}
	});
	afterAll(() => handle.close());

	const valid = {
		version: '2',
		goal: 'Je wilt rollen helder.',
		progress: 'Goed beschreven.',
		nextStep: 'Bespreek het maandag.'
	};

	it('requires all three parts, and echoes what was typed', () => {
		const result = parseForm(
			feedbackFormSchema,
			form({ ...valid, progress: '   ', nextStep: '' }),
			{
				echo: ['goal', 'progress', 'nextStep']
			}
		);
		expect(result).toEqual({
			ok: false,
			errors: { progress: 'required', nextStep: 'required' },
			values: { goal: valid.goal, progress: '   ', nextStep: '' }
		});
	});

	it('caps each part and refuses a version that is not a number', () => {
		const long = 'a'.repeat(MAX_FEEDBACK_CHARS + 1);
		const result = parseForm(
			feedbackFormSchema,
			form({ ...valid, goal: long, version: '2; drop' })
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors).toEqual({ goal: 'too-long', version: 'invalid' });
		const exact = parseForm(
			feedbackFormSchema,
			form({ ...valid, goal: 'a'.repeat(MAX_FEEDBACK_CHARS) })
		);
		expect(exact.ok).toBe(true);
	});

	it('stores trimmed feedback on the latest version, with the trainer', async () => {
		const parsed = parseForm(feedbackFormSchema, form({ ...valid, goal: `  ${valid.goal}  ` }));
		if (!parsed.ok) throw new Error('valid input refused');
		const outcome = await giveFeedback(handle.db, trainer, reflectionId, parsed.data, at(10));
		expect(outcome.ok).toBe(true);
		const rows = await handle.db.select().from(reflectionFeedback);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			versionId: `${reflectionId}-v2`,
			trainerId: trainer.id,
			goal: valid.goal,
			progress: valid.progress,
			nextStep: valid.nextStep,
			createdAt: at(10)
		});
	});

	it('stores nothing when a newer version came in since the trainer opened the page', async () => {
		const outcome = await giveFeedback(
			handle.db,
			trainer,
			reflectionId,
			{ version: 1, goal: 'a', progress: 'b', nextStep: 'c' },
			at(11)
		);
		expect(outcome).toEqual({ ok: false, reason: 'stale', latest: 2 });
		expect(await handle.db.select().from(reflectionFeedback)).toHaveLength(1);
	});

	it('a trainer of no group of the learner cannot give feedback', async () => {
		await expect(
			giveFeedback(
				handle.db,
				stranger,
				reflectionId,
				{ version: 2, goal: 'a', progress: 'b', nextStep: 'c' },
				at(12)
			)
		).rejects.toMatchObject({ status: 404 });
		expect(await handle.db.select().from(reflectionFeedback)).toHaveLength(1);
	});

	it('the form action checks access before validation, and echoes text on every refusal', async () => {
		// An outsider with a broken form learns nothing, not even which fields are wrong.
		await expect(
			submitFeedbackForm(handle.db, stranger, reflectionId, form({ name: 'x' }), at(13))
		).rejects.toMatchObject({ status: 404 });
		const invalid = await submitFeedbackForm(
			handle.db,
			trainer,
			reflectionId,
			form({ ...valid, nextStep: ' ' }),
			at(13)
		);
		expect(invalid).toEqual({
			kind: 'invalid',
			errors: { nextStep: 'required' },
			values: { goal: valid.goal, progress: valid.progress, nextStep: ' ' }
		});
		const stale = await submitFeedbackForm(
			handle.db,
			trainer,
			reflectionId,
			form({ ...valid, version: '1' }),
			at(13)
		);
		expect(stale).toEqual({
			kind: 'stale',
			latest: 2,
			values: { goal: valid.goal, progress: valid.progress, nextStep: valid.nextStep }
		});
		expect(await handle.db.select().from(reflectionFeedback)).toHaveLength(1);
	});

	it('the page shows the fields with their labels, earlier versions, and the thread with the reply', async () => {
		const [feedback] = await handle.db.select().from(reflectionFeedback);
		await storeReply(handle.db, {
			reflectionId,
			feedbackId: feedback!.id,
			reply: 'Dank, ik ga het proberen.',
			at: at(20)
		});
		const page = await openReflection(handle.db, trainer, reflectionId, at(30));
		expect(page.latest.version).toBe(2);
		const situatie = page.latest.fields.find((f) => f.id === 'situatie');
		expect(situatie).toMatchObject({ label: 'Situatie', value: 'Versie 2' });
		// A choice shows the option's label, not its id.
		const kern = page.latest.fields.find((f) => f.id === 'kern-voorwaarde');
		expect(kern?.value).toBe('Duidelijke rollen en taken');
		expect(page.earlier.map((v) => v.version)).toEqual([1]);
		expect(page.thread).toEqual([
			expect.objectContaining({
				version: 2,
				trainerName: trainer.name,
				goal: valid.goal,
				reply: 'Dank, ik ga het proberen.',
				repliedAt: at(20).toISOString()
			})
		]);
	});
});
