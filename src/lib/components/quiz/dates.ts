import { formatMediumDateTime } from '$lib/i18n/format';
import { getLocale } from '$lib/paraglide/runtime';

/** A moment as the learner reads it: Amsterdam time, in the page's language (same on server and client). */
export function formatDateTime(iso: string): string {
	return formatMediumDateTime(iso, getLocale());
}
