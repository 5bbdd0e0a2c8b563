import type { Cell } from './attention';
import { PAGE_SIZE, type OverviewQuery } from './query';

// Filtering, sorting and paging the group's learners: pure, so it is unit-tested and the same
// whether the page was asked for with or without JavaScript.

export interface GridRow {
	id: string;
	name: string;
	email: string;
	/** One per module of the track, in track order. */
	cells: Cell[];
	modulesCompleted: number;
	modulesTotal: number;
	/** ISO instant of the last activity in this group's track, or null. */
	lastActivityAt: string | null;
	inactive: boolean;
}

/** A row as the page shows it: the e-mail address is searched on the server, never shown. */
export type ShownRow = Omit<GridRow, 'email'>;

export interface GridSelection {
	rows: GridRow[];
	/** Learners that match the filters, over all pages. */
	matching: number;
	page: number;
	pages: number;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Lower case without accents, so "zoe" finds "Zoë". */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

function matches(row: GridRow, query: OverviewQuery, moduleIndex: number): boolean {
	if (query.search) {
		const needle = foldText(query.search);
		if (!foldText(row.name).includes(needle) && !foldText(row.email).includes(needle)) {
			return false;
		}
	}
	if (query.status) {
		const cells = moduleIndex >= 0 ? [row.cells[moduleIndex]] : row.cells;
		if (!cells.some((cell) => cell?.status === query.status)) return false;
	}
	return true;
}

function primary(a: GridRow, b: GridRow, query: OverviewQuery): number {
	switch (query.sort) {
		case 'progress':
			return a.modulesCompleted - b.modulesCompleted;
		case 'activity':
			// ISO instants sort as text; never active counts as longest ago.
			return (a.lastActivityAt ?? '').localeCompare(b.lastActivityAt ?? '');
		case 'name':
			return collator.compare(a.name, b.name);
	}
}

/** Ties always fall back to the name A→Z, then the id, so the order is stable across pages. */
export function compareRows(a: GridRow, b: GridRow, query: OverviewQuery): number {
	const first = primary(a, b, query) * (query.dir === 'asc' ? 1 : -1);
	if (first !== 0) return first;
	return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function selectRows(
	rows: readonly GridRow[],
	moduleSlugs: readonly string[],
	query: OverviewQuery,
	pageSize = PAGE_SIZE
): GridSelection {
	const moduleIndex = query.module ? moduleSlugs.indexOf(query.module) : -1;
	const kept = rows.filter((row) => matches(row, query, moduleIndex));
	kept.sort((a, b) => compareRows(a, b, query));
	const pages = Math.max(1, Math.ceil(kept.length / pageSize));
	const page = Math.min(query.page, pages);
	return {
		rows: kept.slice((page - 1) * pageSize, page * pageSize),
		matching: kept.length,
		page,
		pages
	};
}
