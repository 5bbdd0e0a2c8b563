const calendarDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** Calendar date in the Netherlands (YYYY-MM-DD): what "today" means for deadlines and reviews. */
export function amsterdamDate(instant: Date): string {
	return calendarDay.format(instant);
}

/** The latest of some instants, ignoring missing ones; null when there are none. */
export function latestDate(...dates: (Date | null | undefined)[]): Date | null {
	let found: Date | null = null;
	for (const date of dates) if (date && (!found || date > found)) found = date;
	return found;
}
