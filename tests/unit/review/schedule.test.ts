import { describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../../src/lib/dates';
import { addDays, startOfAmsterdamDay } from '../../../src/lib/server/review/calendar';
import {
	afterQuizAnswer,
	afterReviewAnswer,
	compareDue,
	dueDate,
	isDue,
	type ReviewState
} from '../../../src/lib/server/review/schedule';

const at = (iso: string) => new Date(iso);
const state = (box: number, overrides: Partial<ReviewState> = {}): ReviewState => ({
	box,
	dueAt: at('2026-05-01T22:00:00Z'),
	confidentError: false,
	lastAnsweredAt: at('2026-04-30T10:00:00Z'),
	...overrides
});

describe('Amsterdam calendar days', () => {
	it('starts a winter day at 23:00 UTC the evening before, a summer day at 22:00', () => {
		expect(startOfAmsterdamDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
		expect(startOfAmsterdamDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
	});

	it('handles the days the clocks change (29 March and 25 October 2026)', () => {
		expect(startOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
		expect(startOfAmsterdamDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
		expect(startOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
		expect(startOfAmsterdamDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
	});

	it('reads the calendar date in Amsterdam, not in UTC, around midnight', () => {
		expect(amsterdamDate(at('2026-06-01T21:59:59Z'))).toBe('2026-06-01');
		expect(amsterdamDate(at('2026-06-01T22:00:00Z'))).toBe('2026-06-02');
		expect(amsterdamDate(at('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
	});

	it('adds whole calendar days across month and year ends', () => {
		expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
		expect(addDays('2026-12-20', 21)).toBe('2027-01-10');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
	});
});

describe('dueDate', () => {
	it('waits 1, 3, 7 and 21 calendar days in boxes 1 to 4', () => {
		const answered = at('2026-05-04T08:00:00Z'); // Monday 10:00 in Amsterdam
		expect(dueDate(1, answered).toISOString()).toBe('2026-05-04T22:00:00.000Z');
		expect(dueDate(2, answered).toISOString()).toBe('2026-05-06T22:00:00.000Z');
		expect(dueDate(3, answered).toISOString()).toBe('2026-05-10T22:00:00.000Z');
		expect(dueDate(4, answered).toISOString()).toBe('2026-05-24T22:00:00.000Z');
	});

	it('counts from the Amsterdam date: 23:59 and 00:01 are on different days', () => {
		expect(dueDate(1, at('2026-06-01T21:59:00Z')).toISOString()).toBe('2026-06-01T22:00:00.000Z');
		expect(dueDate(1, at('2026-06-01T22:01:00Z')).toISOString()).toBe('2026-06-02T22:00:00.000Z');
	});

	it('keeps due dates at local midnight across the spring change', () => {
		// Saturday 28 March, 23:30 CET: due Sunday 29 March 00:00 CET.
		expect(dueDate(1, at('2026-03-28T22:30:00Z')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
		// Three days from Friday 27 March: Monday 30 March 00:00 CEST, only 71 hours later.
		expect(dueDate(2, at('2026-03-27T12:00:00Z')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
	});

	it('keeps due dates at local midnight across the autumn change', () => {
		// Sunday 25 October (a 25-hour day): due Monday 26 October 00:00 CET.
		expect(dueDate(1, at('2026-10-25T10:00:00Z')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
		// Seven days from Wednesday 21 October (CEST): Wednesday 28 October 00:00 CET.
		expect(dueDate(3, at('2026-10-21T09:00:00Z')).toISOString()).toBe('2026-10-27T23:00:00.000Z');
	});

	it('is due from the first instant of that day on', () => {
		const due = { dueAt: at('2026-10-25T23:00:00Z') };
		expect(isDue(due, at('2026-10-25T22:59:59Z'))).toBe(false);
		expect(isDue(due, at('2026-10-25T23:00:00Z'))).toBe(true);
	});
});

describe('after a quiz answer', () => {
	const now = at('2026-05-04T08:00:00Z');

	it('queues a wrong answer in box 1, flagged when the learner was sure', () => {
		const sure = afterQuizAnswer(null, { correct: false, confidence: 'zeker' }, now);
		expect(sure).toEqual({
			kind: 'set',
			state: { box: 1, dueAt: dueDate(1, now), confidentError: true, lastAnsweredAt: now }
		});
		const open = afterQuizAnswer(null, { correct: false, confidence: null }, now);
		expect(open.kind === 'set' && open.state.confidentError).toBe(false);
	});

	it('queues a right answer given with doubt or as a guess, not a sure one', () => {
		expect(afterQuizAnswer(null, { correct: true, confidence: 'twijfel' }, now).kind).toBe('set');
		expect(afterQuizAnswer(null, { correct: true, confidence: 'gok' }, now).kind).toBe('set');
		expect(afterQuizAnswer(null, { correct: true, confidence: 'zeker' }, now).kind).toBe('keep');
		expect(afterQuizAnswer(null, { correct: true, confidence: null }, now).kind).toBe('keep');
	});

	it('sends a queued item back to box 1 when wrong, and leaves it when right', () => {
		const wrong = afterQuizAnswer(state(3), { correct: false, confidence: 'gok' }, now);
		expect(wrong.kind === 'set' && wrong.state.box).toBe(1);
		expect(afterQuizAnswer(state(3), { correct: true, confidence: 'gok' }, now).kind).toBe('keep');
	});
});

describe('after a review answer', () => {
	const now = at('2026-05-04T08:00:00Z');

	it('moves up one box when right, with that box wait, and clears the confident-error flag', () => {
		const next = afterReviewAnswer(
			state(1, { confidentError: true }),
			{ correct: true, confidence: null },
			now
		);
		expect(next).toEqual({
			kind: 'set',
			state: { box: 2, dueAt: dueDate(2, now), confidentError: false, lastAnsweredAt: now }
		});
		const third = afterReviewAnswer(state(3), { correct: true, confidence: 'zeker' }, now);
		expect(third.kind === 'set' && third.state.box).toBe(4);
	});

	it('leaves the queue when right from the last box', () => {
		expect(afterReviewAnswer(state(4), { correct: true, confidence: null }, now)).toEqual({
			kind: 'remove'
		});
	});

	it('goes back to box 1 when wrong, from any box', () => {
		for (const box of [1, 2, 3, 4]) {
			const next = afterReviewAnswer(state(box), { correct: false, confidence: 'zeker' }, now);
			expect(next.kind === 'set' && next.state).toMatchObject({ box: 1, confidentError: true });
		}
	});
});

describe('session order', () => {
	it('puts confident errors first, then the longest overdue, then by id', () => {
		const rows = [
			{ itemId: 'b', confidentError: false, dueAt: at('2026-05-01T00:00:00Z') },
			{ itemId: 'c', confidentError: true, dueAt: at('2026-05-03T00:00:00Z') },
			{ itemId: 'a', confidentError: false, dueAt: at('2026-05-01T00:00:00Z') },
			{ itemId: 'd', confidentError: false, dueAt: at('2026-04-01T00:00:00Z') }
		];
		expect(rows.sort(compareDue).map((r) => r.itemId)).toEqual(['c', 'd', 'a', 'b']);
	});
});

describe('independence from the server time zone', () => {
	it('gives the same due dates whatever TZ the process runs in', () => {
		const saved = process.env.TZ;
		const answered = at('2026-10-24T21:30:00Z'); // Saturday 23:30 CEST, the night of the change
		try {
			const results = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((tz) => {
				process.env.TZ = tz;
				return [dueDate(1, answered).toISOString(), amsterdamDate(answered)];
			});
			expect(new Set(results.map(String)).size).toBe(1);
			expect(results[0]).toEqual(['2026-10-24T22:00:00.000Z', '2026-10-24']);
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
	});
});
