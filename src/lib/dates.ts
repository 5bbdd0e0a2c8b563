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
