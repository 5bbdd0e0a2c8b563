import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { activity, enrolment, reflection, reflectionVersion } from '../../src/lib/server/db/schema';
import { insertUser } from '../../src/lib/server/db/queries/users';
import { newId } from '../../src/lib/server/auth/tokens';
import { getCourse } from '../../src/lib/server/content';
import { saveDraft, type DraftInput } from '../../src/lib/server/reflection/drafts';
import { submitReflection } from '../../src/lib/server/reflection/submit';
import { reflectionPage, versionPage } from '../../src/lib/server/reflection/page';
import { MAX_FIELD_CHARS } from '../../src/lib/reflection/limits';
import { freshDatabase } from './fresh-database';

const TRACK = 'ondersteuners-effectief-inzetten';
const EXERCISE = 'functies-reflectie-leraar';
const NOW = new Date('2026-11-30T10:00:00Z');

/** Every required ALACT field filled in, with one marker so versions can be told apart. */
function complete(marker: string): Record<string, string> {
	const exercise = getCourse().reflection('functies', 'leraar')!;
	const fields = Object.fromEntries(exercise.fields.map((f) => [f.id, `${marker} ${f.id}`]));
	return { ...fields, 'kern-voorwaarde': 'rolduidelijkheid', 'voornemen-datum': '2026-12-14' };
}

describe('reflection drafts and submissions', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	async function learner(): Promise<string> {
		const id = newId();
		await insertUser(handle.db, {
			id,
			email: `${id}@school.nl`,
			name: `Leerder ${id.slice(0, 4)}`,
			passwordHash: 'not-a-hash',
			role: 'learner'
		});
		await handle.db.insert(enrolment).values({ userId: id, trackId: 'leraar', enrolledAt: NOW });
		return id;
	}

	const input = (
		userId: string,
		sequence: number,
		fields: Record<string, unknown>
	): DraftInput => ({
		userId,
		trackSlug: TRACK,
		moduleSlug: 'functies',
		sequence,
		fields,
		now: NOW
	});

	it('creates the draft on the first save; each save builds on the last sequence', async () => {
		const user = await learner();
		const first = await saveDraft(handle.db, input(user, 0, { situatie: 'Eerste' }));
		expect(first).toMatchObject({ outcome: 'saved', sequence: 1 });
		const second = await saveDraft(handle.db, input(user, 1, { situatie: 'Tweede' }));
		expect(second).toMatchObject({ outcome: 'saved', sequence: 2 });
		const [row] = await handle.db.select().from(reflection).where(eq(reflection.userId, user));
		expect(row).toMatchObject({ exerciseId: EXERCISE, moduleSlug: 'functies', sequence: 2 });
		expect(row?.draft.situatie).toBe('Tweede');
	});

	it('two saves from the same sequence: one wins, the other gets the conflict and the winner', async () => {
		const user = await learner();
		const results = await Promise.all([
			saveDraft(handle.db, input(user, 0, { situatie: 'Tab A' })),
			saveDraft(handle.db, input(user, 0, { situatie: 'Tab B' }))
		]);
		const saved = results.filter((r) => r.outcome === 'saved');
		const refused = results.filter((r) => r.outcome === 'conflict');
		expect(saved).toHaveLength(1);
		expect(refused).toHaveLength(1);
		const [row] = await handle.db.select().from(reflection).where(eq(reflection.userId, user));
		const winner = row!.draft.situatie;
		expect(refused[0]).toMatchObject({
			outcome: 'conflict',
			current: { sequence: 1, fields: { situatie: winner } }
		});

		// The same race one step later, on the existing row.
		const again = await Promise.all([
			saveDraft(handle.db, input(user, 1, { situatie: 'Tab A, later' })),
			saveDraft(handle.db, input(user, 1, { situatie: 'Tab B, later' }))
		]);
		expect(again.map((r) => r.outcome).sort()).toEqual(['conflict', 'saved']);
	});

	it('refuses a stale save and overwrites nothing', async () => {
		const user = await learner();
		await saveDraft(handle.db, input(user, 0, { situatie: 'Oud' }));
		await saveDraft(handle.db, input(user, 1, { situatie: 'Nieuw, uit een ander tabblad' }));
		const stale = await saveDraft(handle.db, input(user, 1, { situatie: 'Verouderd tabblad' }));
		expect(stale).toMatchObject({
			outcome: 'conflict',
			current: { sequence: 2, fields: { situatie: 'Nieuw, uit een ander tabblad' } }
		});
		const [row] = await handle.db.select().from(reflection).where(eq(reflection.userId, user));
		expect(row?.draft.situatie).toBe('Nieuw, uit een ander tabblad');
		expect(row?.sequence).toBe(2);
	});

	it('drops unknown fields and refuses oversized text without storing anything', async () => {
		const user = await learner();
		const saved = await saveDraft(handle.db, input(user, 0, { situatie: 'Ja', hack: 'nee' }));
		expect(saved.outcome === 'saved' && 'hack' in saved.fields).toBe(false);
		const tooLong = await saveDraft(
			handle.db,
			input(user, 1, { situatie: 'x'.repeat(MAX_FIELD_CHARS + 1) })
		);
		expect(tooLong).toEqual({ outcome: 'invalid', errors: { situatie: 'too-long' } });
		const [row] = await handle.db.select().from(reflection).where(eq(reflection.userId, user));
		expect(row?.sequence).toBe(1);
		expect(row?.draft).not.toHaveProperty('hack');
	});

	it('answers 404 to a learner who is not enrolled in the track', async () => {
		const user = await learner();
		const other = input(user, 0, { situatie: 'x' });
		await expect(
			saveDraft(handle.db, { ...other, trackSlug: 'werken-als-ondersteuner' })
		).rejects.toMatchObject({ status: 404 });
	});

	it('submits version 1, then a revision as version 2, keeping version 1', async () => {
		const user = await learner();
		const first = await submitReflection(handle.db, input(user, 0, complete('Eerste')));
		expect(first).toMatchObject({ outcome: 'submitted', version: 1, sequence: 1 });
		const revised = await saveDraft(handle.db, input(user, 1, complete('Herzien')));
		expect(revised.outcome).toBe('saved');
		const second = await submitReflection(handle.db, {
			...input(user, 2, complete('Tweede')),
			now: new Date('2026-12-01T09:00:00Z')
		});
		expect(second).toMatchObject({ outcome: 'submitted', version: 2, sequence: 3 });

		const [row] = await handle.db.select().from(reflection).where(eq(reflection.userId, user));
		expect(row?.submittedAt?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
		const versions = await handle.db
			.select()
			.from(reflectionVersion)
			.where(eq(reflectionVersion.reflectionId, row!.id))
			.orderBy(reflectionVersion.version);
		expect(versions.map((v) => [v.version, v.fields.situatie])).toEqual([
			[1, 'Eerste situatie'],
			[2, 'Tweede situatie']
		]);
		expect(versions.every((v) => v.contentVersion === getCourse().version)).toBe(true);
		const events = await handle.db
			.select()
			.from(activity)
			.where(and(eq(activity.userId, user), eq(activity.kind, 'reflection-submitted')));
		expect(events).toHaveLength(2);
		expect(events[0]).toMatchObject({ moduleSlug: 'functies', subject: row!.id });

		const page = await reflectionPage(handle.db, user, TRACK, 'functies');
		expect(page.versions.map((v) => v.version)).toEqual([1, 2]);
		expect(page.changedSinceSubmit).toBe(false);
		const v1 = await versionPage(handle.db, user, TRACK, 'functies', '1');
		expect(v1.version.fields.situatie).toBe('Eerste situatie');
		expect(v1.latestVersion).toBe(2);
	});

	it('does not submit with empty required fields, but keeps the text as the draft', async () => {
		const user = await learner();
		const fields = { ...complete('Bijna'), kern: '  ', 'voornemen-datum': '' };
		const result = await submitReflection(handle.db, input(user, 0, fields));
		expect(result).toMatchObject({
			outcome: 'incomplete',
			errors: { kern: 'required', 'voornemen-datum': 'required' },
			sequence: 1
		});
		const [row] = await handle.db.select().from(reflection).where(eq(reflection.userId, user));
		expect(row?.draft.situatie).toBe('Bijna situatie');
		expect(row?.submittedAt).toBeNull();
		const versions = await handle.db
			.select()
			.from(reflectionVersion)
			.where(eq(reflectionVersion.reflectionId, row!.id));
		expect(versions).toHaveLength(0);
	});

	it('refuses a submission from a stale tab like a stale save', async () => {
		const user = await learner();
		await saveDraft(handle.db, input(user, 0, complete('Tab A')));
		await saveDraft(handle.db, input(user, 1, complete('Tab B')));
		const stale = await submitReflection(handle.db, input(user, 1, complete('Tab A')));
		expect(stale).toMatchObject({ outcome: 'conflict', current: { sequence: 2 } });
		const page = await reflectionPage(handle.db, user, TRACK, 'functies');
		expect(page.versions).toEqual([]);
		expect(page.draft.fields.situatie).toBe('Tab B situatie');
	});

	it('shows unsubmitted edits, and never another learner’s versions', async () => {
		const user = await learner();
		await submitReflection(handle.db, input(user, 0, complete('Ingeleverd')));
		await saveDraft(handle.db, input(user, 1, complete('Daarna bewerkt')));
		const page = await reflectionPage(handle.db, user, TRACK, 'functies');
		expect(page.changedSinceSubmit).toBe(true);
		const stranger = await learner();
		await expect(versionPage(handle.db, stranger, TRACK, 'functies', '1')).rejects.toMatchObject({
			status: 404
		});
		await expect(versionPage(handle.db, user, TRACK, 'functies', '1; drop')).rejects.toMatchObject({
			status: 404
		});
	});
});
