import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { loginThrottle } from '../schema';
import {
	ACCOUNT_WINDOW_MS,
	IP_BLOCK_MS,
	IP_MAX_CONSECUTIVE_FAILURES,
	type ThrottleRow
} from '../../auth/throttle-rules';

export function readThrottle(db: Database, keys: string[]): Promise<ThrottleRow[]> {
	return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

/** One statement per key, so concurrent failures from many instances are all counted. */
export async function recordIpFailure(db: Database, key: string, now: Date) {
	const next = sql`${loginThrottle.failures} + 1`;
	const reached = sql`${next} >= ${IP_MAX_CONSECUTIVE_FAILURES}`;
	const until = new Date(now.getTime() + IP_BLOCK_MS).toISOString();
	await db
		.insert(loginThrottle)
		.values({ key, failures: 1, windowStartedAt: now })
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: {
				failures: sql`case when ${reached} then 0 else ${next} end`,
				blockedUntil: sql`case when ${reached} then ${until}::timestamptz else ${loginThrottle.blockedUntil} end`
			}
		});
}

export async function recordAccountFailure(db: Database, key: string, now: Date) {
	const iso = now.toISOString();
	const windowOver = sql`${loginThrottle.windowStartedAt} <= ${new Date(now.getTime() - ACCOUNT_WINDOW_MS).toISOString()}::timestamptz`;
	await db
		.insert(loginThrottle)
		.values({ key, failures: 1, windowStartedAt: now })
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: {
				failures: sql`case when ${windowOver} then 1 else ${loginThrottle.failures} + 1 end`,
				windowStartedAt: sql`case when ${windowOver} then ${iso}::timestamptz else ${loginThrottle.windowStartedAt} end`
			}
		});
}

export async function clearThrottle(db: Database, key: string) {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
