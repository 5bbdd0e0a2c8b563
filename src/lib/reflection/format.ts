// Times and dates as the learner reads them: in the Netherlands' time zone, in the UI language.

const ZONE = 'Europe/Amsterdam';

function tag(locale: string): string {
	return locale === 'en' ? 'en-GB' : 'nl-NL';
}

/** "14:32" */
export function formatClock(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), {
		timeZone: ZONE,
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(iso));
}

/** "3 december 2026 om 14:32" style, from an instant. */
export function formatDateTime(value: string | Date, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), {
		timeZone: ZONE,
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(value));
}

/** "3 december 2026", from a calendar date `YYYY-MM-DD` (no time zone shift). */
export function formatCalendarDate(date: string, locale: string): string {
	const [year, month, day] = date.split('-').map(Number);
	if (!year || !month || !day) return date;
	return new Intl.DateTimeFormat(tag(locale), {
		timeZone: 'UTC',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(new Date(Date.UTC(year, month - 1, day)));
}
