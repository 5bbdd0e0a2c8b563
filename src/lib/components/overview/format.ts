import { intlLocale } from '$lib/i18n/format';
import { getLocale } from '$lib/paraglide/runtime';

// Dates on the trainer's pages, always in Amsterdam time, so the server's render and the
// browser's hydration print the same text wherever either runs.

const tag = () => intlLocale(getLocale());

export function formatDate(iso: string): string {
	return new Intl.DateTimeFormat(tag(), {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'Europe/Amsterdam'
	}).format(new Date(iso));
}

export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(tag(), {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Amsterdam'
	}).format(new Date(iso));
}
