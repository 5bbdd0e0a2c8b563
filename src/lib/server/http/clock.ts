/**
 * The request's "now". End-to-end tests of schedules (review queue, inactivity) set it with a
 * header, but only on a server started with KLASTEAM_TEST_CLOCK=1; production never reads it.
 */
export const TEST_CLOCK_HEADER = 'x-klasteam-now';

export function requestNow(request: Request, env: NodeJS.ProcessEnv = process.env): Date {
	if (env.KLASTEAM_TEST_CLOCK === '1') {
		const header = request.headers.get(TEST_CLOCK_HEADER);
		const parsed = header ? new Date(header) : null;
		if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
	}
	return new Date();
}
