// How a certificate states its facts. Pure, so the page, the PDF and the tests agree.

export type Locale = 'nl' | 'en';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Study hours from the modules' estimated minutes, rounded to the nearest half hour: the
 * estimates are rough, so more precision than "6,5 uur" would claim too much. Never shows 0 for
 * a track that took any time.
 */
export function studyHours(minutes: number): number {
	if (minutes <= 0) return 0;
	return Math.max(0.5, Math.round(minutes / 30) / 2);
}

/** "6,5" in Dutch, "6.5" in English; whole hours without decimals. */
export function formatHours(hours: number, locale: Locale): string {
	return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(hours);
}

/** "30 november 2026": the calendar day in the Netherlands, whatever the server's time zone. */
export function formatLongDate(instant: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		timeZone: 'Europe/Amsterdam',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(instant);
}

/** Paraglide's locale, narrowed: anything unknown reads as the base locale. */
export function toLocale(value: string): Locale {
	return value === 'en' ? 'en' : 'nl';
}

/** "3 december 2026" from a calendar date `YYYY-MM-DD` as a learner typed it (no zone shift). */
export function formatCalendarDate(value: string, locale: Locale): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!match) return value;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const instant = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC rolls 2026-13-45 over into 2027; such a date was never typed, so show it as it is.
	if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) return value;
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		timeZone: 'UTC',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(instant);
}
