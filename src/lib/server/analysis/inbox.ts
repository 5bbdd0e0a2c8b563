import { z } from 'zod';
import { INBOX_STATES, type InboxState } from '../../analysis/feedback';
import type { InboxItemView } from '../../analysis/views';
import { getCourse } from '../content';
import type { Database } from '../db/client';
import { listCohorts } from '../db/queries/cohorts';
import { listInbox, type InboxStateFilter } from '../db/queries/inbox';
import type { PublicUser } from '../db/queries/users';
import { exerciseOf } from '../reflection/exercise';
import { reflectionScope } from './scope';

/** Reflections per page: a trainer with 150 learners and 8 modules can have a thousand. */
export const INBOX_PAGE_SIZE = 50;

const STATE_FILTER: Record<InboxState, InboxStateFilter> = {
	alle: 'all',
	ongelezen: 'unread',
	gelezen: 'read',
	onbeantwoord: 'unanswered',
	beantwoord: 'answered'
};

// The URL's filters; anything unreadable falls back to the default rather than failing the page.
const filtersSchema = z.object({
	groep: z.string().max(100).catch(''),
	status: z.enum(INBOX_STATES).catch('alle'),
	pagina: z.coerce.number().int().min(1).max(10_000).catch(1)
});

export interface InboxFilters {
	group: string;
	state: InboxState;
	page: number;
}

export function readInboxFilters(params: URLSearchParams): InboxFilters {
	const parsed = filtersSchema.parse({
		groep: params.get('groep') ?? '',
		status: params.get('status') ?? 'alle',
		pagina: params.get('pagina') ?? 1
	});
	return { group: parsed.groep, state: parsed.status, page: parsed.pagina };
}

/** The inbox page: the viewer's groups for the filter, and one page of reflections. */
export async function inboxView(db: Database, viewer: PublicUser, params: URLSearchParams) {
	const filters = readInboxFilters(params);
	const groups = await listCohorts(db, viewer.role === 'admin' ? 'all' : { trainerId: viewer.id });
	// A group that is not the viewer's is no filter at all: it would only ever show nothing.
	const group = groups.some((g) => g.id === filters.group) ? filters.group : '';
	const rows = await listInbox(db, {
		scope: reflectionScope(viewer),
		viewerId: viewer.id,
		groupId: group === '' ? null : group,
		state: STATE_FILTER[filters.state],
		limit: INBOX_PAGE_SIZE + 1,
		offset: (filters.page - 1) * INBOX_PAGE_SIZE
	});
	const course = getCourse();
	const items: InboxItemView[] = rows.slice(0, INBOX_PAGE_SIZE).map((row) => ({
		id: row.id,
		learnerName: row.learnerName,
		moduleTitle: course.module(row.moduleSlug)?.title ?? row.moduleSlug,
		exerciseTitle: exerciseOf(row.moduleSlug, row.exerciseId)?.title ?? row.exerciseId,
		version: row.version,
		submittedAt: row.submittedAt.toISOString(),
		read: row.read,
		answered: row.answered,
		groups: row.groups ?? ''
	}));
	return {
		groups: groups.map((g) => ({ id: g.id, name: g.name, archived: g.archivedAt !== null })),
		filters: { ...filters, group },
		items,
		hasNext: rows.length > INBOX_PAGE_SIZE
	};
}
