import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { PublicUser } from '../../src/lib/server/db/queries/users';
import { registerUser } from '../../src/lib/server/auth/accounts';
import { createCohort, findJoinableCohort } from '../../src/lib/server/cohorts/cohorts';
import { requireCohortAccess } from '../../src/lib/server/cohorts/access';
import {
	inviteCoTrainer,
	regenerateJoinCode,
	removeLearner,
	setArchived
} from '../../src/lib/server/cohorts/management';
import {
	addMember,
	isActiveMember,
	listCohortMembers,
	listCohorts
} from '../../src/lib/server/db/queries/cohorts';
import { listAuditEventsFor } from '../../src/lib/server/db/queries/audit';
import { freshDatabase } from './fresh-database';

describe('cohorts', () => {
	let handle: DatabaseHandle;
	const users: Record<string, PublicUser> = {};

	beforeAll(async () => {
		handle = await freshDatabase();
		const make = async (key: string, role: PublicUser['role']) => {
			const r = await registerUser(handle.db, {
				email: `${key}@school.nl`,
				name: key,
				password: 'lange zin met losse woorden',
				role
			});
			if (!r.ok) throw new Error(r.reason);
			users[key] = r.user;
		};
		await make('owner', 'trainer');
		await make('colleague', 'trainer');
		await make('stranger', 'trainer');
		await make('admin', 'admin');
		await make('learner', 'learner');
	});
	afterAll(() => handle.close());

	const group = (name: string, extra: { endsOn?: string } = {}) =>
		createCohort(handle.db, { name, trackId: 'leraar', ownerId: users.owner!.id, ...extra });

	it('a new group has its owner as trainer, a fresh code, and shows in the right lists', async () => {
		const created = await group('Pabo 2A');
		expect(created.joinCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		const ownerList = await listCohorts(handle.db, { trainerId: users.owner!.id });
		expect(ownerList.map((g) => g.name)).toContain('Pabo 2A');
		const strangerList = await listCohorts(handle.db, { trainerId: users.stranger!.id });
		expect(strangerList.map((g) => g.name)).not.toContain('Pabo 2A');
		expect((await listCohorts(handle.db, 'all')).map((g) => g.name)).toContain('Pabo 2A');
	});

	it('only its trainers and admins reach a group; others get 404', async () => {
		const created = await group('Pabo 2B');
		await expect(requireCohortAccess(handle.db, users.owner!, created.id)).resolves.toMatchObject({
			id: created.id
		});
		await expect(requireCohortAccess(handle.db, users.admin!, created.id)).resolves.toBeTruthy();
		await expect(requireCohortAccess(handle.db, users.stranger!, created.id)).rejects.toMatchObject(
			{
				status: 404
			}
		);
		await expect(requireCohortAccess(handle.db, users.learner!, created.id)).rejects.toMatchObject({
			status: 404
		});
	});

	it('invites only existing trainer accounts, and only the owner or an admin may', async () => {
		const created = await group('Pabo 2C');
		expect(await inviteCoTrainer(handle.db, users.owner!, created, 'nobody@school.nl')).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await inviteCoTrainer(handle.db, users.owner!, created, 'learner@school.nl')).toEqual({
			ok: false,
			reason: 'not-trainer'
		});
		expect(await inviteCoTrainer(handle.db, users.owner!, created, 'COLLEAGUE@school.nl')).toEqual({
			ok: true,
			name: 'colleague'
		});
		await expect(
			requireCohortAccess(handle.db, users.colleague!, created.id)
		).resolves.toBeTruthy();
		expect(
			await inviteCoTrainer(handle.db, users.colleague!, created, 'stranger@school.nl')
		).toEqual({ ok: false, reason: 'not-allowed' });
	});

	it('join codes: unknown, archived and ended groups are refused with their reason', async () => {
		const open = await group('Open');
		const ended = await group('Ended', { endsOn: '2026-06-30' });
		const archived = await group('Archived');
		await setArchived(handle.db, archived.id, true, new Date());
		const today = '2026-07-01';
		expect(await findJoinableCohort(handle.db, open.joinCode.toLowerCase(), today)).toMatchObject({
			ok: true
		});
		expect(await findJoinableCohort(handle.db, ended.joinCode, today)).toEqual({
			ok: false,
			reason: 'ended'
		});
		expect(await findJoinableCohort(handle.db, ended.joinCode, '2026-06-30')).toMatchObject({
			ok: true
		});
		expect(await findJoinableCohort(handle.db, archived.joinCode, today)).toEqual({
			ok: false,
			reason: 'archived'
		});
		expect(await findJoinableCohort(handle.db, 'ZZZZ-ZZZZ', today)).toEqual({
			ok: false,
			reason: 'unknown'
		});
	});

	it('a regenerated code replaces the old one', async () => {
		const created = await group('Regen');
		const next = await regenerateJoinCode(handle.db, created.id);
		expect(next).not.toBe(created.joinCode);
		expect(await findJoinableCohort(handle.db, created.joinCode, '2026-01-01')).toEqual({
			ok: false,
			reason: 'unknown'
		});
		expect(await findJoinableCohort(handle.db, next, '2026-01-01')).toMatchObject({ ok: true });
	});

	it('removing a learner ends the membership, keeps an audit trail, and can be undone by rejoining', async () => {
		const created = await group('Remove');
		const now = new Date('2026-09-01T10:00:00Z');
		await addMember(handle.db, created.id, users.learner!.id, now);
		await addMember(handle.db, created.id, users.learner!.id, now); // joining twice is harmless
		expect(await listCohortMembers(handle.db, created.id)).toHaveLength(1);
		expect(await removeLearner(handle.db, users.owner!, created.id, users.learner!.id, now)).toBe(
			true
		);
		expect(await isActiveMember(handle.db, created.id, users.learner!.id)).toBe(false);
		expect(await removeLearner(handle.db, users.owner!, created.id, users.learner!.id, now)).toBe(
			false
		);
		const events = await listAuditEventsFor(
			handle.db,
			users.learner!.id,
			'cohort-member-removed',
			created.id
		);
		expect(events).toEqual([{ actorName: 'owner', at: now }]);
		await addMember(handle.db, created.id, users.learner!.id, now);
		expect(await isActiveMember(handle.db, created.id, users.learner!.id)).toBe(true);
	});
});
