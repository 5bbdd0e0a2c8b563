/** Throttling rules from trust.md (ASVS V6): pure, so they are tested without a database. */
export const IP_MAX_CONSECUTIVE_FAILURES = 10;
export const IP_BLOCK_MS = 10 * 60 * 1000;
export const ACCOUNT_MAX_FAILURES_PER_WINDOW = 100;
export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;

export interface ThrottleRow {
	key: string;
	failures: number;
	windowStartedAt: Date;
	blockedUntil: Date | null;
}

export const ipKey = (address: string) => `ip:${address}`;
export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

/** The moment the caller may try again, or null when not blocked. */
export function blockedUntil(rows: ThrottleRow[], now: Date): Date | null {
	let until: Date | null = null;
	for (const row of rows) {
		const candidates: Date[] = [];
		if (row.blockedUntil && row.blockedUntil > now) candidates.push(row.blockedUntil);
		if (row.key.startsWith('account:') && row.failures >= ACCOUNT_MAX_FAILURES_PER_WINDOW) {
			const windowEnd = new Date(row.windowStartedAt.getTime() + ACCOUNT_WINDOW_MS);
			if (windowEnd > now) candidates.push(windowEnd);
		}
		for (const candidate of candidates) if (!until || candidate > until) until = candidate;
	}
	return until;
}

/** Whole minutes to wait, rounded up, never zero: "probeer het over 10 minuten opnieuw". */
export function minutesToWait(until: Date, now: Date): number {
	return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
