import { m } from '$lib/paraglide/messages';
import type { CellStatus } from '$lib/overview/attention';
import type { SortKey } from '$lib/overview/query';

export function statusLabel(status: CellStatus): string {
	switch (status) {
		case 'completed':
			return m.overview_status_completed();
		case 'in-progress':
			return m.overview_status_in_progress();
		case 'not-started':
			return m.overview_status_not_started();
		case 'attention':
			return m.overview_status_attention();
	}
}

export function sortLabel(sort: SortKey): string {
	switch (sort) {
		case 'name':
			return m.overview_col_learner();
		case 'progress':
			return m.overview_col_progress();
		case 'activity':
			return m.overview_col_activity();
	}
}
