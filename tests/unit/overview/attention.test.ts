import { describe, expect, it } from 'vitest';
import {
	daysBetween,
	isInactive,
	isRunning,
	learnerCells,
	stuckModules,
	type CellInput,
	type GroupPeriod
} from '../../../src/lib/overview/attention';

const open: GroupPeriod = { startsOn: null, endsOn: null, archived: false };
const at = (iso: string) => new Date(iso);

describe('calendar days and the running group', () => {
	it('counts whole calendar days, across month ends and the clock change', () => {
		expect(daysBetween('2026-10-01', '2026-10-15')).toBe(14);
		expect(daysBetween('2026-10-20', '2026-11-03')).toBe(14);
		expect(daysBetween('2026-03-20', '2026-04-03')).toBe(14);
		expect(daysBetween('2026-10-15', '2026-10-01')).toBe(-14);
	});

	it('runs from the start to the end date, both included; without dates it always runs', () => {
		const dated: GroupPeriod = { startsOn: '2026-09-01', endsOn: '2027-06-30', archived: false };
		expect(isRunning(dated, '2026-08-31')).toBe(false);
		expect(isRunning(dated, '2026-09-01')).toBe(true);
		expect(isRunning(dated, '2027-06-30')).toBe(true);
		expect(isRunning(dated, '2027-07-01')).toBe(false);
		expect(isRunning(open, '1999-01-01')).toBe(true);
		expect(isRunning({ ...open, startsOn: '2026-09-01' }, '2030-01-01')).toBe(true);
		expect(isRunning({ ...open, endsOn: '2026-09-01' }, '2020-01-01')).toBe(true);
	});

	it('does not run once archived', () => {
		expect(isRunning({ ...open, archived: true }, '2026-10-01')).toBe(false);
	});
});

describe('inactivity (14 days without activity while the group runs)', () => {
	const joined = at('2026-09-01T08:00:00Z');

	it('needs 14 full Amsterdam calendar days since the last activity', () => {
		const last = at('2026-10-01T10:00:00Z');
		const input = { group: open, joinedAt: joined, lastActivityAt: last };
		expect(isInactive({ ...input, now: at('2026-10-14T21:59:00Z') })).toBe(false);
		expect(isInactive({ ...input, now: at('2026-10-15T06:00:00Z') })).toBe(true);
	});

	it('reads days in Amsterdam: 23:30 UTC on 30 Sept is already 1 Oct there', () => {
		const last = at('2026-09-30T23:30:00Z'); // 1 October, 01:30 in Amsterdam
		const input = { group: open, joinedAt: joined, lastActivityAt: last };
		// 14 October 23:59 Amsterdam is 13 days later: still fine.
		expect(isInactive({ ...input, now: at('2026-10-14T21:59:00Z') })).toBe(false);
		// 15 October 00:05 Amsterdam (22:05 UTC on the 14th): 14 days.
		expect(isInactive({ ...input, now: at('2026-10-14T22:05:00Z') })).toBe(true);
	});

	it('counts from joining when the learner never did anything', () => {
		const input = { group: open, joinedAt: at('2026-10-01T09:00:00Z'), lastActivityAt: null };
		expect(isInactive({ ...input, now: at('2026-10-14T09:00:00Z') })).toBe(false);
		expect(isInactive({ ...input, now: at('2026-10-15T09:00:00Z') })).toBe(true);
	});

	it('counts only running time: from the start date, never before it, never after the end', () => {
		const group: GroupPeriod = { startsOn: '2026-10-01', endsOn: '2026-12-31', archived: false };
		const input = { group, joinedAt: joined, lastActivityAt: at('2026-09-02T09:00:00Z') };
		expect(isInactive({ ...input, now: at('2026-09-30T09:00:00Z') })).toBe(false);
		expect(isInactive({ ...input, now: at('2026-10-10T09:00:00Z') })).toBe(false);
		expect(isInactive({ ...input, now: at('2026-10-15T09:00:00Z') })).toBe(true);
		expect(isInactive({ ...input, now: at('2027-02-01T09:00:00Z') })).toBe(false);
	});

	it('never flags a learner in an archived group', () => {
		const input = { group: { ...open, archived: true }, joinedAt: joined, lastActivityAt: null };
		expect(isInactive({ ...input, now: at('2027-01-01T09:00:00Z') })).toBe(false);
	});
});

describe('the cells of one learner', () => {
	const cell = (base: CellInput['base'], quizAttempts = 0, quizPassed = false): CellInput => ({
		base,
		quizAttempts,
		quizPassed
	});

	it('keeps the completion rule’s status when nothing is wrong', () => {
		expect(
			learnerCells([cell('completed', 1, true), cell('in-progress'), cell('not-started')], false)
		).toEqual([
			{ status: 'completed', reason: null },
			{ status: 'in-progress', reason: null },
			{ status: 'not-started', reason: null }
		]);
	});

	it('flags a quiz failed twice or more and not yet passed', () => {
		const cells = learnerCells(
			[
				cell('in-progress', 1),
				cell('in-progress', 2),
				cell('in-progress', 3, true),
				cell('in-progress', 5)
			],
			false
		);
		expect(cells.map((c) => c.status)).toEqual([
			'in-progress',
			'attention',
			'in-progress',
			'attention'
		]);
		expect(cells[1]?.reason).toBe('quiz-failed');
	});

	it('never flags a completed module, whatever happened before', () => {
		expect(learnerCells([cell('completed', 4, true)], true)).toEqual([
			{ status: 'completed', reason: null }
		]);
	});

	it('flags where an inactive learner is stuck: the modules in progress', () => {
		const cells = learnerCells(
			[cell('completed', 1, true), cell('in-progress'), cell('not-started')],
			true
		);
		expect(cells.map((c) => c.status)).toEqual(['completed', 'attention', 'not-started']);
		expect(cells[1]?.reason).toBe('inactive');
	});

	it('flags the first open module of an inactive learner with nothing in progress', () => {
		expect(stuckModules(['completed', 'not-started', 'not-started'])).toEqual([false, true, false]);
		expect(stuckModules(['not-started', 'not-started'])).toEqual([true, false]);
		expect(stuckModules(['completed', 'completed'])).toEqual([false, false]);
	});

	it('names the failed quiz first when both reasons hold', () => {
		expect(learnerCells([cell('in-progress', 2)], true)).toEqual([
			{ status: 'attention', reason: 'quiz-failed' }
		]);
	});
});
