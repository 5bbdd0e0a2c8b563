const calendarDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

const HOUR_MS = 60 * 60 * 1000;
/** Since 1981 Amsterdam's offset changes only on whole UTC hours (EU summer time, 01:00 UTC). */
const WHOLE_HOURS_SINCE = Date.UTC(1981, 0, 1);

/**
 * `compute` remembered per UTC hour, for answers that cannot change within one hour since 1981
 * (Amsterdam's offset and calendar day); asking Intl costs. Earlier instants are computed as asked.
 */
export function perUtcHour<T>(compute: (instant: number) => T): (instant: number) => T {
	const byHour = new Map<number, T>();
	return (instant) => {
		if (instant < WHOLE_HOURS_SINCE) return compute(instant);
		const hour = Math.floor(instant / HOUR_MS);
		let value = byHour.get(hour);
		if (value === undefined) {
			if (byHour.size >= 10_000) byHour.clear();
			value = compute(hour * HOUR_MS);
			byHour.set(hour, value);
		}
		return value;
	};
}

const dayAt = perUtcHour((instant) => calendarDay.format(instant));

/**
 * Calendar date in the Netherlands (YYYY-MM-DD): what "today" means for deadlines and reviews.
 * Midnight there is a whole UTC hour, so the answer is remembered per hour.
 */
export function amsterdamDate(instant: Date): string {
	return dayAt(instant.getTime());
}

/** The latest of some instants, ignoring missing ones; null when there are none. */
export function latestDate(...dates: (Date | null | undefined)[]): Date | null {
	let found: Date | null = null;
	for (const date of dates) if (date && (!found || date > found)) found = date;
	return found;
}
