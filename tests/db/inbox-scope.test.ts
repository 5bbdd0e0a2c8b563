import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { PublicUser } from '../../src/lib/server/db/queries/users';
import {
	addCohortTrainer,
	addMember,
	insertCohort,
	removeMember
} from '../../src/lib/server/db/queries/cohorts';
import { listAuditEventsFor } from '../../src/lib/server/db/queries/audit';
import { inboxView } from '../../src/lib/server/analysis/inbox';
import { openReflection } from '../../src/lib/server/analysis/reflection-page';
import { giveFeedback } from '../../src/lib/server/analysis/feedback';
import { auditEvent, reflection, reflectionVersion, user } from '../../src/lib/server/db/schema';
import { makeUser } from './learn-fixtures';
import { freshDatabase } from './fresh-database';

// Who sees which reflections in the inbox, and the read and answered states per trainer.

const T0 = new Date('2026-10-01T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('reflections inbox: scope and states', () => {
	let handle: DatabaseHandle;
	const people: Record<string, PublicUser> = {};
	const reflections: Record<string, string> = {};

	async function person(key: string, role: PublicUser['role']) {
		const id = await makeUser(handle.db, role);
		const [row] = await handle.db.select().from(user).where(eq(user.id, id));
		people[key] = { id, email: row!.email, name: key, role };
		await handle.db.update(user).set({ name: key }).where(eq(user.id, id));
	}

	async function submitted(
		key: string,
		learner: string,
		minute: number,
		exercise = 'functies-reflectie-leraar',
		submittedAt: Date | null = at(minute)
	) {
		const id = `refl-${key}`;
		reflections[key] = id;
		const fields = { situatie: `Situatie van ${learner}` };
		await handle.db.insert(reflection).values({
			id,
			userId: people[learner]!.id,
			moduleSlug: exercise.split('-reflectie-')[0]!,
			exerciseId: exercise,
			draft: fields,
			sequence: 1,
			submittedAt
		});
		if (submittedAt) {
			await handle.db.insert(reflectionVersion).values({
				id: `${id}-v1`,
				reflectionId: id,
				version: 1,
				fields,
				contentVersion: 'test',
				submittedAt
			});
		}
	}

	const params = (query = '') => new URLSearchParams(query);
	const names = async (viewer: string, query = '') =>
		(await inboxView(handle.db, people[viewer]!, params(query))).items.map((i) => i.learnerName);

	beforeAll(async () => {
		handle = await freshDatabase();
		await person('owner', 'trainer');
		await person('cotrainer', 'trainer');
		await person('other', 'trainer');
		await person('admin', 'admin');
		for (const key of ['ann', 'bob', 'cas', 'dio', 'eva', 'fay', 'gus'])
			await person(key, 'learner');
		const db = handle.db;
		const group = (id: string, ownerId: string, archivedAt: Date | null = null) =>
			insertCohort(db, {
				id,
				name: `Groep ${id}`,
				trackId: 'leraar',
				joinCode: `${id}-CODE`,
				ownerId,
				archivedAt
			});
		await group('g1', people.owner!.id);
		await group('g2', people.owner!.id, at(1));
		await group('g3', people.other!.id);
		await addCohortTrainer(db, 'g1', people.cotrainer!.id);
		await addMember(db, 'g1', people.ann!.id, T0);
		await addMember(db, 'g2', people.bob!.id, T0); // archived group: still readable
		await addMember(db, 'g1', people.cas!.id, T0); // removed below
		await addMember(db, 'g1', people.dio!.id, T0); // only a draft
		await addMember(db, 'g1', people.eva!.id, T0); // the other track's exercise
		await addMember(db, 'g3', people.gus!.id, T0); // the other trainer's learner
		// fay is in no group at all.
		await submitted('ann', 'ann', 10);
		await submitted('bob', 'bob', 20);
		await submitted('cas', 'cas', 30);
		await submitted('dio', 'dio', 40, 'functies-reflectie-leraar', null);
		await submitted('eva', 'eva', 50, 'functies-reflectie-ondersteuner');
		await submitted('fay', 'fay', 60);
		await submitted('gus', 'gus', 70);
		await removeMember(db, 'g1', people.cas!.id, at(80));
	});
	afterAll(() => handle.close());

	it('shows the submitted reflections of the trainer’s groups, archived included, newest first', async () => {
		expect(await names('owner')).toEqual(['bob', 'ann']);
		expect(await names('cotrainer')).toEqual(['ann']);
	});

	it('a trainer of another group sees none of them, and cannot open them', async () => {
		expect(await names('other')).toEqual(['gus']);
		await expect(
			openReflection(handle.db, people.other!, reflections.ann!, at(90))
		).rejects.toMatchObject({ status: 404 });
		// A learner cannot either, whatever reaches the service.
		await expect(
			openReflection(handle.db, people.ann!, reflections.ann!, at(90))
		).rejects.toMatchObject({ status: 404 });
	});

	it('a removed member’s reflections vanish from the inbox and cannot be opened', async () => {
		expect(await names('owner')).not.toContain('cas');
		await expect(
			openReflection(handle.db, people.owner!, reflections.cas!, at(90))
		).rejects.toMatchObject({ status: 404 });
	});

	it('drafts, other tracks’ exercises and learners in no group stay out', async () => {
		const admin = await names('admin');
		expect(admin).toEqual(['gus', 'bob', 'ann']);
		for (const hidden of ['dio', 'eva', 'fay']) {
			await expect(
				openReflection(handle.db, people.admin!, reflections[hidden]!, at(90))
			).rejects.toMatchObject({ status: 404 });
		}
	});

	it('records an audit event every time a reflection is opened', async () => {
		await openReflection(handle.db, people.owner!, reflections.bob!, at(100));
		await openReflection(handle.db, people.owner!, reflections.bob!, at(101));
		const events = await listAuditEventsFor(
			handle.db,
			people.bob!.id,
			'reflection-read',
			reflections.bob!
		);
		expect(events).toEqual([
			{ actorName: 'owner', at: at(101) },
			{ actorName: 'owner', at: at(100) }
		]);
		const refused = await handle.db
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.actorId, people.other!.id));
		expect(refused).toHaveLength(0); // a refused open is no read
	});

	it('read is per trainer and per latest version; answered is feedback on the latest version', async () => {
		const state = async (viewer: string) => {
			const view = await inboxView(handle.db, people[viewer]!, params());
			const row = view.items.find((i) => i.learnerName === 'ann');
			return { read: row?.read, answered: row?.answered, version: row?.version };
		};
		expect(await state('owner')).toEqual({ read: false, answered: false, version: 1 });
		await openReflection(handle.db, people.owner!, reflections.ann!, at(110));
		expect(await state('owner')).toMatchObject({ read: true, answered: false });
		expect(await state('cotrainer')).toMatchObject({ read: false });

		await giveFeedback(
			handle.db,
			people.cotrainer!,
			reflections.ann!,
			{ version: 1, goal: 'Doel', progress: 'Goed bezig', nextStep: 'Probeer het morgen' },
			at(111)
		);
		expect(await state('owner')).toMatchObject({ read: true, answered: true });

		// Ann revises: a new latest version is unread for everyone and not answered yet.
		await handle.db.insert(reflectionVersion).values({
			id: `${reflections.ann}-v2`,
			reflectionId: reflections.ann!,
			version: 2,
			fields: { situatie: 'Herzien' },
			contentVersion: 'test',
			submittedAt: at(120)
		});
		expect(await state('owner')).toEqual({ read: false, answered: false, version: 2 });
		const inbox = await inboxView(handle.db, people.owner!, params());
		expect(inbox.items.map((i) => i.learnerName)).toEqual(['ann', 'bob']);
	});

	it('filters by group and by state, ignoring a group that is not the viewer’s', async () => {
		expect(await names('owner', 'groep=g2')).toEqual(['bob']);
		expect(await names('owner', 'groep=g3')).toEqual(['ann', 'bob']);
		expect(await names('owner', 'status=gelezen')).toEqual(['bob']);
		expect(await names('owner', 'status=ongelezen')).toEqual(['ann']);
		expect(await names('owner', 'status=beantwoord')).toEqual([]);
		expect(await names('owner', 'status=onbeantwoord&groep=g1')).toEqual(['ann']);
		expect(await names('owner', 'status=onzin&pagina=-3')).toEqual(['ann', 'bob']);
		expect(await names('owner', 'pagina=2')).toEqual([]);
	});
});
