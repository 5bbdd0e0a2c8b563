import { formatShortDate, formatShortDateTime } from './format';
import { getLocale } from '$lib/paraglide/runtime';

// Dates in components, in the page's language (Amsterdam time, see ./format): the same text on
// the server's render and in the browser.

export function formatDate(iso: string): string {
	return formatShortDate(iso, getLocale());
}

export function formatDateTime(iso: string): string {
	return formatShortDateTime(iso, getLocale());
}
