import { amsterdamDate } from '../../dates';
import { requireCohortAccess } from '../cohorts/access';
import type { Database } from '../db/client';
import type { PublicUser } from '../db/queries/users';
import type { ExportCell } from './cells';
import { csvStream } from './csv';
import { downloadHeaders, exportFileName } from './files';
import { progressLabels, resultsLabels } from './labels';
import { progressRows } from './progress';
import { resultRows } from './results';
import { XLSX_TYPE, xlsxFile } from './xlsx';

// The group exports: CSV as a streamed download, .xlsx built whole (see xlsx.ts). Access is
// checked before the first byte: a trainer of another group, a learner or an anonymous visitor
// never gets a file, not even an empty one.

const CSV_TYPE = 'text/csv; charset=utf-8';

export type ExportFormat = 'csv' | 'xlsx';

/** The file of one export in one format, named by the server, as an attachment. */
async function exportFile(
	kind: 'voortgang' | 'resultaten',
	format: ExportFormat,
	groupName: string,
	now: Date,
	pages: AsyncIterable<ExportCell[][]>,
	sheet: string
): Promise<Response> {
	const name = exportFileName(kind, groupName, amsterdamDate(now), format);
	if (format === 'csv')
		return new Response(csvStream(pages), { headers: downloadHeaders(name, CSV_TYPE) });
	const file = await xlsxFile(pages, sheet);
	return new Response(new Uint8Array(file), { headers: downloadHeaders(name, XLSX_TYPE) });
}

export async function progressExport(
	db: Database,
	user: PublicUser,
	cohortId: string,
	now: Date,
	format: ExportFormat
) {
	const group = await requireCohortAccess(db, user, cohortId);
	const labels = progressLabels();
	const pages = progressRows(db, group, now, labels);
	return exportFile('voortgang', format, group.name, now, pages, labels.sheet);
}

export async function resultsExport(
	db: Database,
	user: PublicUser,
	cohortId: string,
	now: Date,
	format: ExportFormat
) {
	const group = await requireCohortAccess(db, user, cohortId);
	const labels = resultsLabels();
	const pages = resultRows(db, group, labels);
	return exportFile('resultaten', format, group.name, now, pages, labels.sheet);
}
