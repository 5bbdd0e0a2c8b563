import { describe, expect, it } from 'vitest';
import {
	overviewParams,
	parseOverviewQuery,
	sortedBy,
	type OverviewQuery
} from '../../../src/lib/overview/query';

const MODULES = ['functies', 'taken'];
const parse = (qs: string) => parseOverviewQuery(new URLSearchParams(qs), MODULES);
const DEFAULT: OverviewQuery = {
	sort: 'name',
	dir: 'asc',
	status: null,
	module: null,
	search: '',
	page: 1
};

describe('the overview query in the URL', () => {
	it('defaults to every learner by name, A to Z, page 1', () => {
		expect(parse('')).toEqual(DEFAULT);
	});

	it('reads the Dutch parameter names and values', () => {
		expect(
			parse('sorteer=voortgang&richting=op&status=aandacht&module=taken&zoek=+Zoë+&pagina=2')
		).toEqual({
			sort: 'progress',
			dir: 'asc',
			status: 'attention',
			module: 'taken',
			search: 'Zoë',
			page: 2
		});
	});

	it('starts progress and activity with the highest or newest first', () => {
		expect(parse('sorteer=activiteit').dir).toBe('desc');
		expect(parse('sorteer=voortgang').dir).toBe('desc');
		expect(parse('sorteer=naam').dir).toBe('asc');
	});

	it('falls back to defaults on anything unknown, never failing', () => {
		expect(
			parse('sorteer=drop+table&richting=x&status=klaar&module=../../etc&pagina=-3&zoek=')
		).toEqual(DEFAULT);
		expect(parse('pagina=1e3').page).toBe(1);
		expect(parse('pagina=abc').page).toBe(1);
		expect(parse('status=').status).toBeNull();
	});

	it('caps the search text at 100 characters', () => {
		expect(parse(`zoek=${'a'.repeat(500)}`).search).toHaveLength(100);
	});

	it('writes only what differs from the defaults, and reads back what it wrote', () => {
		expect(overviewParams(DEFAULT).toString()).toBe('');
		const query: OverviewQuery = {
			sort: 'activity',
			dir: 'asc',
			status: 'not-started',
			module: 'functies',
			search: 'de Vries',
			page: 3
		};
		const written = overviewParams(query);
		expect(written.get('sorteer')).toBe('activiteit');
		expect(written.get('status')).toBe('niet-begonnen');
		expect(parseOverviewQuery(written, MODULES)).toEqual(query);
	});

	it('flips the direction on the same column and starts a new column fresh, at page 1', () => {
		const byName = { ...DEFAULT, page: 4 };
		expect(sortedBy(byName, 'name')).toMatchObject({ sort: 'name', dir: 'desc', page: 1 });
		expect(sortedBy(byName, 'activity')).toMatchObject({ sort: 'activity', dir: 'desc', page: 1 });
		expect(sortedBy({ ...DEFAULT, sort: 'progress', dir: 'desc' }, 'progress').dir).toBe('asc');
	});
});
