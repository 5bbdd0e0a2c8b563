import { amsterdamDate } from '../../dates';
import { requireCohortAccess } from '../cohorts/access';
import type { Database } from '../db/client';
import type { PublicUser } from '../db/queries/users';
import { csvStream } from './csv';
import { downloadHeaders, exportFileName } from './files';
import { progressLabels, resultsLabels } from './labels';
import { progressRows } from './progress';
import { resultRows } from './results';

// The group exports, as streamed downloads. Access is checked before the first byte: a trainer
// of another group, a learner or an anonymous visitor never gets a file, not even an empty one.

const CSV_TYPE = 'text/csv; charset=utf-8';

export async function progressCsv(db: Database, user: PublicUser, cohortId: string, now: Date) {
	const group = await requireCohortAccess(db, user, cohortId);
	const name = exportFileName('voortgang', group.name, amsterdamDate(now), 'csv');
	const body = csvStream(progressRows(db, group, now, progressLabels()));
	return new Response(body, { headers: downloadHeaders(name, CSV_TYPE) });
}

export async function resultsCsv(db: Database, user: PublicUser, cohortId: string, now: Date) {
	const group = await requireCohortAccess(db, user, cohortId);
	const name = exportFileName('resultaten', group.name, amsterdamDate(now), 'csv');
	const body = csvStream(resultRows(db, group, resultsLabels()));
	return new Response(body, { headers: downloadHeaders(name, CSV_TYPE) });
}
