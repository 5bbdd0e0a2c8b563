import { perUtcHour } from '../../dates';

// Calendar days in the Netherlands. A review is due on a day, not at an hour: answered late on
// Monday or early on Monday, a one-day review is due from Tuesday 00:00 Amsterdam time, in
// winter (CET) and summer (CEST) alike.

const ZONE = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

/** Amsterdam's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
const offsetAt = perUtcHour(offsetFromIntl);

function offsetFromIntl(instant: number): number {
	const fields = parts.formatToParts(instant);
	const get = (type: string) => Number(fields.find((p) => p.type === type)?.value ?? 0);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return wall - Math.floor(instant / 1000) * 1000;
}

function parseDay(day: string): number {
	const [y, m, d] = day.split('-').map(Number);
	return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** A calendar date `days` later (or earlier); days are whole calendar days, never 24 h blocks. */
export function addDays(day: string, days: number): string {
	return new Date(parseDay(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * 00:00 Amsterdam time on a calendar date, as an instant. Midnight is never skipped or repeated
 * here (the clocks change at 02:00 and 03:00), so one correction of the offset suffices.
 */
export function startOfAmsterdamDay(day: string): Date {
	const wallMidnight = parseDay(day);
	let instant = wallMidnight - offsetAt(wallMidnight);
	const corrected = wallMidnight - offsetAt(instant);
	if (corrected !== instant) instant = corrected;
	return new Date(instant);
}
