/** Connection-level failures that a retry in a moment can fix (trust.md: seen during restarts). */
const TRANSIENT_CODES = new Set([
	'57P01',
	'57P02',
	'57P03',
	'08000',
	'08001',
	'08003',
	'08006',
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE'
]);

export function isTransientDatabaseError(err: unknown): boolean {
	for (let current = err, depth = 0; current && depth < 5; depth++) {
		if (typeof current !== 'object') return false;
		const code = 'code' in current ? String(current.code) : '';
		if (TRANSIENT_CODES.has(code)) return true;
		if (
			current instanceof Error &&
			/Connection terminated|timeout exceeded when trying to connect/i.test(current.message)
		)
			return true;
		current = 'cause' in current ? current.cause : undefined;
	}
	return false;
}
