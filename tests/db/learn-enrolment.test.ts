import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { activity, cohortMember, enrolment } from '../../src/lib/server/db/schema';
import { insertCohort, removeMember } from '../../src/lib/server/db/queries/cohorts';
import { joinCohort, previewJoin, startTrack } from '../../src/lib/server/learning/enrolment';
import { freshDatabase } from './fresh-database';
import { makeUser } from './learn-fixtures';

const NOW = new Date('2026-10-01T10:00:00Z');

describe('enrolment and joining a group', () => {
	let handle: DatabaseHandle;
	let trainerId: string;
	beforeAll(async () => {
		handle = await freshDatabase();
		trainerId = await makeUser(handle.db, 'trainer');
		const groups = [
			{ id: 'open', code: 'KTAM-2345', trackId: 'leraar', endsOn: null, archived: false },
			{ id: 'mbo', code: 'MBTA-3456', trackId: 'ondersteuner', endsOn: null, archived: false },
			{ id: 'ended', code: 'ENDE-2345', trackId: 'leraar', endsOn: '2026-09-30', archived: false },
			{ id: 'today', code: 'TDAY-2345', trackId: 'leraar', endsOn: '2026-10-01', archived: false },
			{ id: 'archived', code: 'ARCH-2345', trackId: 'leraar', endsOn: null, archived: true }
		];
		for (const g of groups) {
			await insertCohort(handle.db, {
				id: g.id,
				name: `Groep ${g.id}`,
				trackId: g.trackId,
				joinCode: g.code,
				endsOn: g.endsOn,
				ownerId: trainerId,
				archivedAt: g.archived ? NOW : null
			});
		}
	});
	afterAll(() => handle.close());

	const learner = async () => ({ id: await makeUser(handle.db), role: 'learner' as const });
	const tracksOf = async (userId: string) =>
		(await handle.db.select().from(enrolment).where(eq(enrolment.userId, userId))).map(
			(r) => r.trackId
		);
	const membershipsOf = (userId: string) =>
		handle.db.select().from(cohortMember).where(eq(cohortMember.userId, userId));
	const activityOf = async (userId: string) =>
		(await handle.db.select().from(activity).where(eq(activity.userId, userId))).map((a) => a.kind);

	it('starts a track on your own once, however often it is asked', async () => {
		const user = await learner();
		expect((await startTrack(handle.db, user, 'leraar', NOW))?.id).toBe('leraar');
		expect((await startTrack(handle.db, user, 'leraar', NOW))?.id).toBe('leraar');
		expect(await tracksOf(user.id)).toEqual(['leraar']);
		expect(await activityOf(user.id)).toEqual(['track-enrolled']);
	});

	it('refuses a track that does not exist, and enrols in nothing', async () => {
		const user = await learner();
		expect(await startTrack(handle.db, user, 'bestaat-niet', NOW)).toBeNull();
		expect(await tracksOf(user.id)).toEqual([]);
	});

	it('joins a group by code, as typed, and enrols in its track', async () => {
		const user = await learner();
		const result = await joinCohort(handle.db, user, ' ktam 2345 ', NOW);
		expect(result).toMatchObject({ ok: true, cohortName: 'Groep open', track: { id: 'leraar' } });
		expect(await tracksOf(user.id)).toEqual(['leraar']);
		expect((await membershipsOf(user.id)).map((m) => m.cohortId)).toEqual(['open']);
		expect((await activityOf(user.id)).sort()).toEqual(['cohort-joined', 'track-enrolled']);
	});

	it('lets a learner be in several tracks', async () => {
		const user = await learner();
		await startTrack(handle.db, user, 'leraar', NOW);
		expect((await joinCohort(handle.db, user, 'MBTA-3456', NOW)).ok).toBe(true);
		expect((await tracksOf(user.id)).sort()).toEqual(['leraar', 'ondersteuner']);
	});

	it('joining twice changes nothing and records nothing new', async () => {
		const user = await learner();
		await joinCohort(handle.db, user, 'KTAM-2345', NOW);
		const again = await joinCohort(handle.db, user, 'KTAM-2345', NOW);
		expect(again.ok).toBe(true);
		expect(await membershipsOf(user.id)).toHaveLength(1);
		expect(await activityOf(user.id)).toHaveLength(2);
	});

	it('brings back a learner who was removed from the group', async () => {
		const user = await learner();
		await joinCohort(handle.db, user, 'KTAM-2345', NOW);
		await removeMember(handle.db, 'open', user.id, NOW);
		await joinCohort(handle.db, user, 'KTAM-2345', NOW);
		const [membership] = await membershipsOf(user.id);
		expect(membership?.removedAt).toBeNull();
	});

	it('gives one reason per failure and leaves no trace', async () => {
		const user = await learner();
		const cases: [string, string][] = [
			['', 'required'],
			['KTAM-234', 'format'],
			['KTAM-2340', 'format'],
			['ZZZZ-9999', 'unknown'],
			['ARCH-2345', 'archived'],
			['ENDE-2345', 'ended']
		];
		for (const [code, reason] of cases) {
			expect(await joinCohort(handle.db, user, code, NOW), code).toEqual({ ok: false, reason });
		}
		expect(await membershipsOf(user.id)).toEqual([]);
		expect(await tracksOf(user.id)).toEqual([]);
		expect(await activityOf(user.id)).toEqual([]);
	});

	it('still accepts a group on its last day, in Amsterdam time', async () => {
		const user = await learner();
		// 23:30 in Amsterdam on 1 October is 21:30 UTC.
		const lateEvening = new Date('2026-10-01T21:30:00Z');
		expect((await joinCohort(handle.db, user, 'TDAY-2345', lateEvening)).ok).toBe(true);
		const other = await learner();
		const nextDay = new Date('2026-10-01T22:30:00Z');
		expect(await joinCohort(handle.db, other, 'TDAY-2345', nextDay)).toEqual({
			ok: false,
			reason: 'ended'
		});
	});

	it('lets only learners join a group', async () => {
		const trainer = { id: await makeUser(handle.db, 'trainer'), role: 'trainer' as const };
		expect(await joinCohort(handle.db, trainer, 'KTAM-2345', NOW)).toEqual({
			ok: false,
			reason: 'not-learner'
		});
		expect(await membershipsOf(trainer.id)).toEqual([]);
	});

	it('leaves no membership behind when the enrolment fails (one transaction)', async () => {
		const user = await learner();
		await handle.db.execute(sql`
			create function refuse_enrolment() returns trigger language plpgsql as $$
			begin raise exception 'enrolment refused for the test'; end $$`);
		await handle.db.execute(sql`
			create trigger refuse_enrolment before insert on enrolment
			for each row execute function refuse_enrolment()`);
		try {
			await expect(joinCohort(handle.db, user, 'KTAM-2345', NOW)).rejects.toThrow();
		} finally {
			await handle.db.execute(sql`drop trigger refuse_enrolment on enrolment`);
			await handle.db.execute(sql`drop function refuse_enrolment()`);
		}
		expect(await membershipsOf(user.id)).toEqual([]);
		expect(await activityOf(user.id)).toEqual([]);
		// The same join works once the database accepts it again.
		expect((await joinCohort(handle.db, user, 'KTAM-2345', NOW)).ok).toBe(true);
	});

	it('previews a join link: the group and track, whether already a member, or why not', async () => {
		const user = await learner();
		expect(await previewJoin(handle.db, null, 'ktam-2345', NOW)).toMatchObject({
			ok: true,
			code: 'KTAM-2345',
			cohortName: 'Groep open',
			trackTitle: 'Ondersteuners effectief inzetten',
			member: false
		});
		await joinCohort(handle.db, user, 'KTAM-2345', NOW);
		expect(await previewJoin(handle.db, user.id, 'KTAM-2345', NOW)).toMatchObject({ member: true });
		expect(await previewJoin(handle.db, null, 'ARCH-2345', NOW)).toEqual({
			ok: false,
			reason: 'archived'
		});
		expect(await previewJoin(handle.db, null, 'nonsense', NOW)).toEqual({
			ok: false,
			reason: 'unknown'
		});
		const rows = await handle.db
			.select()
			.from(cohortMember)
			.where(and(eq(cohortMember.cohortId, 'open'), eq(cohortMember.userId, user.id)));
		expect(rows).toHaveLength(1);
	});
});
