import { getLocale } from '$lib/paraglide/runtime';

/** A moment as the learner reads it: Amsterdam time, in the page's language (same on server and client). */
export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		timeZone: 'Europe/Amsterdam',
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(new Date(iso));
}
