import { formatShortDate, formatShortDateTime } from '$lib/i18n/format';
import { getLocale } from '$lib/paraglide/runtime';

// Dates on the trainer's pages, in the page's language (Amsterdam time, see i18n/format).

export function formatDate(iso: string): string {
	return formatShortDate(iso, getLocale());
}

export function formatDateTime(iso: string): string {
	return formatShortDateTime(iso, getLocale());
}
