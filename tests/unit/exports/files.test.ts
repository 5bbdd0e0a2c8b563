import { describe, expect, it } from 'vitest';
import { downloadHeaders, exportFileName, slugify } from '../../../src/lib/server/exports/files';

describe('download file names', () => {
	it('turns a group name into a plain ASCII slug', () => {
		expect(slugify('Pabo 2 – groep A')).toBe('pabo-2-groep-a');
		expect(slugify('Ĳsselmonde: één & twee!')).toBe('ijsselmonde-een-twee');
		expect(slugify('=HYPERLINK("x")')).toBe('hyperlink-x');
	});

	it('never yields an empty or header-breaking name', () => {
		expect(slugify('!!!')).toBe('groep');
		expect(slugify('a"\r\nb')).toBe('a-b');
		expect(slugify('x'.repeat(200))).toHaveLength(60);
	});

	it('names the file after the kind, the group and the Amsterdam date', () => {
		expect(exportFileName('voortgang', 'Pabo 2 – groep A', '2026-10-01', 'csv')).toBe(
			'klasteam-voortgang-pabo-2-groep-a-2026-10-01.csv'
		);
	});

	it('sends it as a download that is never cached', () => {
		const headers = downloadHeaders('klasteam-x.csv', 'text/csv; charset=utf-8');
		expect(headers.get('content-disposition')).toBe('attachment; filename="klasteam-x.csv"');
		expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(headers.get('cache-control')).toBe('no-store');
	});
});
