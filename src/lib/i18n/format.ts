// Dates and numbers as a Dutch (or English) reader expects them. Pure and free of imports, so
// pages, components, PDFs and tests all format the same way. Instants are always shown in the
// Netherlands' time zone, whatever the server's or the browser's, so server render and hydration
// agree. Intl formatters are costly to build (a group overview formats thousands of dates), so
// each is made once per locale and kept.

const ZONE = 'Europe/Amsterdam';

/** The Intl locale for a UI locale: anything but `en` reads as Dutch, the base locale. */
export function intlLocale(locale: string): 'en-GB' | 'nl-NL' {
	return locale === 'en' ? 'en-GB' : 'nl-NL';
}

/** One formatter per Intl locale, built on first use. */
function perLocale<F>(make: (tag: string) => F): (locale: string) => F {
	const made = new Map<string, F>();
	return (locale) => {
		const tag = intlLocale(locale);
		let formatter = made.get(tag);
		if (!formatter) {
			formatter = make(tag);
			made.set(tag, formatter);
		}
		return formatter;
	};
}

const dates = (options: Intl.DateTimeFormatOptions) =>
	perLocale((tag) => new Intl.DateTimeFormat(tag, { timeZone: ZONE, ...options }));
const numbers = (options: Intl.NumberFormatOptions) =>
	perLocale((tag) => new Intl.NumberFormat(tag, options));

const clock = dates({ hour: '2-digit', minute: '2-digit' });
const dateTime = dates({
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit'
});
const longDate = dates({ day: 'numeric', month: 'long', year: 'numeric' });
const calendarDate = dates({ timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = dates({ day: 'numeric', month: 'short', year: 'numeric' });
const shortDateTime = dates({
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit'
});
const percent = numbers({ style: 'percent', maximumFractionDigits: 0 });
const decimals = new Map<number, (locale: string) => Intl.NumberFormat>();
const upTo = new Map<number, (locale: string) => Intl.NumberFormat>();

/** "14:32" */
export function formatClock(value: string | Date, locale: string): string {
	return clock(locale).format(new Date(value));
}

/** "3 december 2026 om 14:32" style, from an instant. */
export function formatDateTime(value: string | Date, locale: string): string {
	return dateTime(locale).format(new Date(value));
}

/** "30 november 2026": the calendar day in the Netherlands of an instant. */
export function formatLongDate(instant: Date, locale: string): string {
	return longDate(locale).format(instant);
}

/** "30 nov 2026": the same, short, for tables. */
export function formatShortDate(value: string | Date, locale: string): string {
	return shortDate(locale).format(new Date(value));
}

/** "30 nov 2026 14:32": an instant, short, for tables. */
export function formatShortDateTime(value: string | Date, locale: string): string {
	return shortDateTime(locale).format(new Date(value));
}

/** "3 december 2026" from a calendar date `YYYY-MM-DD` (no time zone shift); anything else as is. */
export function formatCalendarDate(value: string, locale: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!match) return value;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const instant = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC rolls 2026-13-45 over into 2027; such a date was never typed, so show it as it is.
	if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) return value;
	return calendarDate(locale).format(instant);
}

/** A share 0..1 as a whole percentage: "67%". */
export function formatPercent(share: number, locale: string): string {
	return percent(locale).format(share);
}

/** A decimal with a fixed number of digits: "0,35", "−0,12". */
export function formatDecimal(value: number, locale: string, digits = 2): string {
	let make = decimals.get(digits);
	if (!make) {
		make = numbers({ minimumFractionDigits: digits, maximumFractionDigits: digits });
		decimals.set(digits, make);
	}
	return make(locale).format(value);
}

/** A number in the reader's notation (decimal comma in Dutch), up to `maxDigits` decimals. */
export function formatNumber(value: number, locale: string, maxDigits = 6): string {
	let make = upTo.get(maxDigits);
	if (!make) {
		make = numbers({ maximumFractionDigits: maxDigits });
		upTo.set(maxDigits, make);
	}
	return make(locale).format(value);
}
