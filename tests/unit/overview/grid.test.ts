import { describe, expect, it } from 'vitest';
import type { CellStatus } from '../../../src/lib/overview/attention';
import { foldText, selectRows, type GridRow } from '../../../src/lib/overview/grid';
import type { OverviewQuery } from '../../../src/lib/overview/query';

const MODULES = ['een', 'twee'];
const query = (overrides: Partial<OverviewQuery> = {}): OverviewQuery => ({
	sort: 'name',
	dir: 'asc',
	status: null,
	module: null,
	search: '',
	page: 1,
	...overrides
});

function row(
	name: string,
	statuses: CellStatus[],
	lastActivityAt: string | null,
	email = `${foldText(name).replace(/\s/g, '.')}@school.nl`
): GridRow {
	const cells = statuses.map((status) => ({ status, reason: null }));
	return {
		id: `id-${name}`,
		name,
		email,
		cells,
		modulesCompleted: statuses.filter((s) => s === 'completed').length,
		modulesTotal: statuses.length,
		lastActivityAt,
		inactive: false
	};
}

const ROWS = [
	row('Zoë de Vries', ['completed', 'in-progress'], '2026-10-03T09:00:00.000Z'),
	row('Ahmed Benali', ['completed', 'completed'], '2026-10-01T09:00:00.000Z'),
	row('emma Jansen', ['attention', 'not-started'], null),
	row('Bram Bakker', ['in-progress', 'attention'], '2026-10-05T09:00:00.000Z')
];
const names = (q: OverviewQuery, rows = ROWS) =>
	selectRows(rows, MODULES, q).rows.map((r) => r.name);

describe('sorting the grid', () => {
	it('sorts names the Dutch way, ignoring case', () => {
		expect(names(query())).toEqual(['Ahmed Benali', 'Bram Bakker', 'emma Jansen', 'Zoë de Vries']);
		expect(names(query({ dir: 'desc' }))).toEqual([
			'Zoë de Vries',
			'emma Jansen',
			'Bram Bakker',
			'Ahmed Benali'
		]);
	});

	it('sorts by modules completed, ties by name', () => {
		expect(names(query({ sort: 'progress', dir: 'desc' }))).toEqual([
			'Ahmed Benali',
			'Zoë de Vries',
			'Bram Bakker',
			'emma Jansen'
		]);
	});

	it('sorts by last activity; never active counts as longest ago', () => {
		expect(names(query({ sort: 'activity', dir: 'desc' }))).toEqual([
			'Bram Bakker',
			'Zoë de Vries',
			'Ahmed Benali',
			'emma Jansen'
		]);
		expect(names(query({ sort: 'activity', dir: 'asc' }))[0]).toBe('emma Jansen');
	});
});

describe('filtering and searching', () => {
	it('finds names and e-mail addresses without caring about case or accents', () => {
		expect(names(query({ search: 'zoe' }))).toEqual(['Zoë de Vries']);
		expect(names(query({ search: 'BAKKER' }))).toEqual(['Bram Bakker']);
		expect(names(query({ search: 'emma.jansen@' }))).toEqual(['emma Jansen']);
		expect(names(query({ search: 'niemand' }))).toEqual([]);
	});

	it('keeps learners with any cell of a status', () => {
		expect(names(query({ status: 'attention' }))).toEqual(['Bram Bakker', 'emma Jansen']);
		expect(names(query({ status: 'completed' }))).toEqual(['Ahmed Benali', 'Zoë de Vries']);
	});

	it('looks only at the chosen module when one is chosen', () => {
		expect(names(query({ status: 'attention', module: 'twee' }))).toEqual(['Bram Bakker']);
		expect(names(query({ status: 'completed', module: 'twee' }))).toEqual(['Ahmed Benali']);
		expect(names(query({ module: 'twee' }))).toHaveLength(4);
	});

	it('combines search and status', () => {
		expect(names(query({ status: 'attention', search: 'emma' }))).toEqual(['emma Jansen']);
	});
});

describe('paging', () => {
	const many = Array.from({ length: 250 }, (_, i) =>
		row(`Leerder ${String(i + 1).padStart(3, '0')}`, ['not-started', 'not-started'], null)
	);

	it('shows a page of rows and counts every match', () => {
		const first = selectRows(many, MODULES, query(), 100);
		expect(first).toMatchObject({ matching: 250, page: 1, pages: 3 });
		expect(first.rows).toHaveLength(100);
		expect(first.rows[0]?.name).toBe('Leerder 001');
		const last = selectRows(many, MODULES, query({ page: 3 }), 100);
		expect(last.rows).toHaveLength(50);
		expect(last.rows[49]?.name).toBe('Leerder 250');
	});

	it('clamps a page past the end to the last page', () => {
		expect(selectRows(many, MODULES, query({ page: 99 }), 100).page).toBe(3);
		expect(selectRows([], MODULES, query({ page: 2 }), 100)).toMatchObject({
			rows: [],
			matching: 0,
			page: 1,
			pages: 1
		});
	});
});
