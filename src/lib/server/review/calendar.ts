import { amsterdamDate } from '../../dates';

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

const HOUR_MS = 60 * 60 * 1000;
/** Since 1981 Amsterdam's offset changes only on whole UTC hours (EU summer time, 01:00 UTC). */
const WHOLE_HOURS_SINCE = Date.UTC(1981, 0, 1);

/**
 * `compute` remembered per UTC hour, for answers that cannot change within one hour since 1981
 * (Amsterdam's offset and calendar day); asking Intl costs. Earlier instants are computed as asked.
 */
function perUtcHour<T>(compute: (instant: number) => T): (instant: number) => T {
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

const dayAt = perUtcHour((instant) => amsterdamDate(new Date(instant)));

/** The calendar date in Amsterdam at an instant, `YYYY-MM-DD` (midnight is a whole UTC hour). */
export function amsterdamDay(instant: Date): string {
	return dayAt(instant.getTime());
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
