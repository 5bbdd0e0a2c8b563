// Dates and numbers as a Dutch (or English) reader expects them. Pure and free of imports, so
// pages, components, PDFs and tests all format the same way. Instants are always shown in the
// Netherlands' time zone, whatever the server's or the browser's, so server render and hydration
// agree.

const ZONE = 'Europe/Amsterdam';

/** The Intl locale for a UI locale: anything but `en` reads as Dutch, the base locale. */
export function intlLocale(locale: string): 'en-GB' | 'nl-NL' {
	return locale === 'en' ? 'en-GB' : 'nl-NL';
}

/** "14:32" */
export function formatClock(value: string | Date, locale: string): string {
	return new Intl.DateTimeFormat(intlLocale(locale), {
		timeZone: ZONE,
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(value));
}

/** "3 december 2026 om 14:32" style, from an instant. */
export function formatDateTime(value: string | Date, locale: string): string {
	return new Intl.DateTimeFormat(intlLocale(locale), {
		timeZone: ZONE,
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(value));
}

/** "30 november 2026": the calendar day in the Netherlands of an instant. */
export function formatLongDate(instant: Date, locale: string): string {
	return new Intl.DateTimeFormat(intlLocale(locale), {
		timeZone: ZONE,
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(instant);
}

/** "3 december 2026" from a calendar date `YYYY-MM-DD` (no time zone shift); anything else as is. */
export function formatCalendarDate(value: string, locale: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!match) return value;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const instant = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC rolls 2026-13-45 over into 2027; such a date was never typed, so show it as it is.
	if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) return value;
	return new Intl.DateTimeFormat(intlLocale(locale), {
		timeZone: 'UTC',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(instant);
}

/** A share 0..1 as a whole percentage: "67%". */
export function formatPercent(share: number, locale: string): string {
	return new Intl.NumberFormat(intlLocale(locale), {
		style: 'percent',
		maximumFractionDigits: 0
	}).format(share);
}

/** A decimal with a fixed number of digits: "0,35", "−0,12". */
export function formatDecimal(value: number, locale: string, digits = 2): string {
	return new Intl.NumberFormat(intlLocale(locale), {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** A number in the reader's notation (decimal comma in Dutch), up to `maxDigits` decimals. */
export function formatNumber(value: number, locale: string, maxDigits = 6): string {
	return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: maxDigits }).format(
		value
	);
}
