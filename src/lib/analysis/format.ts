// Numbers as a Dutch (or English) reader expects them: "67%", "0,35". Pure, for the browser.

function tag(locale: string): string {
	return locale === 'en' ? 'en-GB' : 'nl-NL';
}

/** A share 0..1 as a whole percentage. */
export function formatPercent(share: number, locale: string): string {
	return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

/** A correlation or other decimal with two digits: "0,35", "−0,12". */
export function formatDecimal(value: number, locale: string, digits = 2): string {
	return new Intl.NumberFormat(tag(locale), {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** A number as the learner typed it, in the reader's notation (decimal comma in Dutch). */
export function formatNumber(value: number, locale: string): string {
	return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 6 }).format(value);
}

/** "3 december 2026 om 14:32" style, in the Netherlands' time zone whatever the server's. */
export function formatDateTime(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(tag(locale), {
		timeZone: 'Europe/Amsterdam',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(iso));
}
