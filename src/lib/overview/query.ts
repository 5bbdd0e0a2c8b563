import { CELL_STATUSES, type CellStatus } from './attention';

// The overview's sorting, filtering, search and paging live in the URL (a GET form), so they
// work without JavaScript, survive a reload and can be bookmarked. Parsing never fails: an
// unknown value falls back to the default, because a URL is typed input from anyone.

export const SORT_KEYS = ['name', 'progress', 'activity'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface OverviewQuery {
	sort: SortKey;
	dir: SortDir;
	/** Only learners with a cell of this status (in the chosen module, when one is chosen). */
	status: CellStatus | null;
	/** Only this module's column; null shows every module. */
	module: string | null;
	/** Part of a name or e-mail address; empty matches everyone. */
	search: string;
	/** 1-based. */
	page: number;
}

/**
 * Learners per page of the grid: a screenful or two of rows, the same as the reflections inbox.
 * A page's render is most of a view's cost (decision 010); 100 per page took twice as long.
 */
export const PAGE_SIZE = 50;
export const SEARCH_MAX = 100;

/** URL names in Dutch, as the trainer sees them in the address bar. */
export const PARAM = {
	sort: 'sorteer',
	dir: 'richting',
	status: 'status',
	module: 'module',
	search: 'zoek',
	page: 'pagina'
} as const;

export const SORT_PARAM: Record<SortKey, string> = {
	name: 'naam',
	progress: 'voortgang',
	activity: 'activiteit'
};
export const DIR_PARAM: Record<SortDir, string> = { asc: 'op', desc: 'af' };
export const STATUS_PARAM: Record<CellStatus, string> = {
	'not-started': 'niet-begonnen',
	'in-progress': 'bezig',
	completed: 'afgerond',
	attention: 'aandacht'
};

/** The key whose URL name is `value`, if any. */
function fromParam<K extends string>(
	names: Record<K, string>,
	keys: readonly K[],
	value: string | null
): K | null {
	return keys.find((key) => names[key] === value) ?? null;
}

/** The direction a column starts in: names A→Z, progress and activity highest or newest first. */
export function defaultDir(sort: SortKey): SortDir {
	return sort === 'name' ? 'asc' : 'desc';
}

export function parseOverviewQuery(
	params: URLSearchParams,
	moduleSlugs: readonly string[]
): OverviewQuery {
	const sort = fromParam(SORT_PARAM, SORT_KEYS, params.get(PARAM.sort)) ?? 'name';
	const dir = fromParam(DIR_PARAM, ['asc', 'desc'], params.get(PARAM.dir)) ?? defaultDir(sort);
	const module = params.get(PARAM.module) ?? '';
	const page = Number.parseInt(params.get(PARAM.page) ?? '', 10);
	return {
		sort,
		dir,
		status: fromParam(STATUS_PARAM, CELL_STATUSES, params.get(PARAM.status)),
		module: moduleSlugs.includes(module) ? module : null,
		search: (params.get(PARAM.search) ?? '').trim().slice(0, SEARCH_MAX),
		page: Number.isSafeInteger(page) && page > 0 ? page : 1
	};
}

/** The query as URL parameters, leaving out defaults so links stay short. */
export function overviewParams(query: OverviewQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.sort !== 'name') params.set(PARAM.sort, SORT_PARAM[query.sort]);
	if (query.dir !== defaultDir(query.sort)) params.set(PARAM.dir, DIR_PARAM[query.dir]);
	if (query.status) params.set(PARAM.status, STATUS_PARAM[query.status]);
	if (query.module) params.set(PARAM.module, query.module);
	if (query.search) params.set(PARAM.search, query.search);
	if (query.page > 1) params.set(PARAM.page, String(query.page));
	return params;
}

/** The query after clicking a column header: the same column flips, another starts fresh. */
export function sortedBy(query: OverviewQuery, sort: SortKey): OverviewQuery {
	const dir = query.sort === sort ? (query.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort);
	return { ...query, sort, dir, page: 1 };
}
