import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { Cohort } from '../../src/lib/server/db/schema';
import { groupOverview, type GroupOverview } from '../../src/lib/server/overview/overview';
import { loadGroupOverview } from '../../src/lib/server/overview';
import { freshDatabase } from './fresh-database';
import {
	act,
	complete,
	group,
	join,
	leave,
	lessonsOf,
	person,
	quiz,
	read
} from './overview-fixtures';

const NOW = new Date('2026-10-20T10:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('the group overview grid', () => {
	let handle: DatabaseHandle;
	let cohort: Cohort;
	const ids: Record<string, string> = {};
	let overview: GroupOverview;

	beforeAll(async () => {
		handle = await freshDatabase();
		const db = handle.db;
		ids.trainer = await person(db, 'Olaf Opleider', 'trainer');
		ids.stranger = await person(db, 'Anna Anderegroep', 'trainer');
		cohort = await group(db, ids.trainer);
		const other = await group(db, ids.stranger, { name: 'Andere groep' });
		for (const name of [
			'Anna Afgerond',
			'Bas Bezig',
			'Cas Gezakt',
			'Dirk Stil',
			'Eva Nieuw',
			'Fay Weg'
		]) {
			ids[name] = await person(db, name);
		}
		ids.outsider = await person(db, 'Otto Buiten');
		await join(db, cohort.id, ids['Anna Afgerond']!, daysAgo(30));
		await join(db, cohort.id, ids['Bas Bezig']!, daysAgo(30));
		await join(db, cohort.id, ids['Cas Gezakt']!, daysAgo(30));
		await join(db, cohort.id, ids['Dirk Stil']!, daysAgo(30));
		await join(db, cohort.id, ids['Eva Nieuw']!, NOW);
		await join(db, cohort.id, ids['Fay Weg']!, daysAgo(30));
		await leave(db, cohort.id, ids['Fay Weg']!, daysAgo(1));
		await join(db, other.id, ids.outsider!, daysAgo(30));

		await complete(db, ids['Anna Afgerond']!, 'functies', daysAgo(2));
		// Work in the OTHER track (audience ondersteuner) in a shared module: it never counts.
		await quiz(db, {
			userId: ids['Anna Afgerond']!,
			moduleSlug: 'taken',
			score: 1,
			passed: true,
			at: NOW,
			audience: 'ondersteuner'
		});
		await read(db, ids['Bas Bezig']!, 'functies', lessonsOf('functies').slice(0, 1), daysAgo(1));
		await quiz(db, {
			userId: ids['Cas Gezakt']!,
			moduleSlug: 'functies',
			score: 0.4,
			passed: false,
			at: daysAgo(3)
		});
		await quiz(db, {
			userId: ids['Cas Gezakt']!,
			moduleSlug: 'functies',
			score: 0.3,
			passed: false,
			at: daysAgo(2)
		});
		await read(db, ids['Dirk Stil']!, 'functies', lessonsOf('functies').slice(0, 2), daysAgo(20));
		// Activity in a module outside the track must not make Dirk look active.
		await act(db, ids['Dirk Stil']!, 'lesson-read', daysAgo(1), 'werken-als-ondersteuner', 'x');
		await complete(db, ids.outsider!, 'functies', daysAgo(1));

		overview = await groupOverview(db, cohort, NOW, new URLSearchParams());
	});
	afterAll(() => handle.close());

	const row = (name: string) => {
		const found = overview.selection.rows.find((r) => r.name === name);
		if (!found) throw new Error(`no row for ${name}`);
		return found;
	};
	const statuses = (name: string) => row(name).cells.map((c) => c.status);

	it('lists the active learners only, by name, with a column per track module', () => {
		expect(overview.selection.rows.map((r) => r.name)).toEqual([
			'Anna Afgerond',
			'Bas Bezig',
			'Cas Gezakt',
			'Dirk Stil',
			'Eva Nieuw'
		]);
		expect(overview.modules.map((m) => m.slug)).toEqual([
			'functies',
			'arbeidsmarkt',
			'taken',
			'effecten-leerlingen',
			'effecten-leraren-school',
			'wat-werkt',
			'opleiding-en-schoolleiding',
			'aansturen'
		]);
	});

	it('shows each cell’s status from the completion rule, plus the attention rule', () => {
		expect(statuses('Anna Afgerond').slice(0, 3)).toEqual([
			'completed',
			'not-started',
			'not-started'
		]);
		expect(statuses('Bas Bezig')[0]).toBe('in-progress');
		expect(row('Cas Gezakt').cells[0]).toEqual({ status: 'attention', reason: 'quiz-failed' });
		expect(row('Dirk Stil').cells[0]).toEqual({ status: 'attention', reason: 'inactive' });
		expect(row('Dirk Stil').inactive).toBe(true);
		expect(statuses('Eva Nieuw').every((s) => s === 'not-started')).toBe(true);
		expect(row('Eva Nieuw').inactive).toBe(false);
	});

	it('gives progress and the last activity in the track only', () => {
		expect(row('Anna Afgerond')).toMatchObject({ modulesCompleted: 1, modulesTotal: 8 });
		// Anna's ondersteuner attempt today is not this group's work: her last activity is 2 days ago.
		expect(row('Anna Afgerond').lastActivityAt).toBe(daysAgo(2).toISOString());
		expect(row('Dirk Stil').lastActivityAt).toBe(daysAgo(20).toISOString());
		expect(row('Eva Nieuw').lastActivityAt).toBeNull();
		expect(overview.totals).toEqual({ learners: 5, attention: 2, completed: 0 });
	});

	it('counts the funnel and the best scores per module', () => {
		const functies = overview.charts[0];
		expect(functies?.slug).toBe('functies');
		expect(functies?.learners).toBe(5);
		// started, all lessons, quiz passed, reflection submitted, completed
		expect(functies?.funnel).toEqual([4, 1, 1, 1, 1]);
		expect(functies?.scored).toBe(2);
		expect(functies?.scores).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 1, 0]);
		expect(overview.charts[2]?.funnel).toEqual([0, 0, 0, 0, 0]);
	});

	it('filters, searches and sorts from the URL', async () => {
		const names = async (qs: string) =>
			(await groupOverview(handle.db, cohort, NOW, new URLSearchParams(qs))).selection.rows.map(
				(r) => r.name
			);
		expect(await names('status=aandacht')).toEqual(['Cas Gezakt', 'Dirk Stil']);
		expect(await names('status=afgerond&module=functies')).toEqual(['Anna Afgerond']);
		expect(await names('zoek=bas')).toEqual(['Bas Bezig']);
		expect((await names('sorteer=activiteit'))[0]).toBe('Bas Bezig');
		expect((await names('sorteer=voortgang'))[0]).toBe('Anna Afgerond');
	});

	it('is not running, so never flags inactivity, after the end date', async () => {
		const ended = { ...cohort, endsOn: '2026-10-01' };
		const result = await groupOverview(handle.db, ended, NOW, new URLSearchParams());
		expect(result.group.running).toBe(false);
		const dirk = result.selection.rows.find((r) => r.name === 'Dirk Stil');
		expect(dirk?.cells[0]?.status).toBe('in-progress');
	});

	it('is 404 for a trainer of another group', async () => {
		const stranger = { id: ids.stranger!, email: 'x', name: 'x', role: 'trainer' as const };
		await expect(
			loadGroupOverview(handle.db, stranger, cohort.id, NOW, new URLSearchParams())
		).rejects.toMatchObject({ status: 404 });
	});
});
