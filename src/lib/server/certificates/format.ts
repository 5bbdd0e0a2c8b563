// How a certificate states its facts. Pure, so the page, the PDF and the tests agree.
import { formatNumber } from '../../i18n/format';

export { formatCalendarDate, formatLongDate } from '../../i18n/format';

export type Locale = 'nl' | 'en';

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
	return formatNumber(hours, locale, 1);
}

/** Paraglide's locale, narrowed: anything unknown reads as the base locale. */
export function toLocale(value: string): Locale {
	return value === 'en' ? 'en' : 'nl';
}
