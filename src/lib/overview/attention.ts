import { amsterdamDate } from '../dates';

// "Aandacht nodig": the one rule that turns a learner's facts into an alert on the trainer's
// grid. Pure and client-safe; the server feeds it the completion facts and the request clock.

/** What the completion rule says about a module (see server/learning/progress.ts). */
export type BaseStatus = 'not-started' | 'in-progress' | 'completed';
export type CellStatus = BaseStatus | 'attention';
export type AttentionReason = 'quiz-failed' | 'inactive';

export const CELL_STATUSES: readonly CellStatus[] = [
	'not-started',
	'in-progress',
	'completed',
	'attention'
];

/** Days without any activity, while the group runs, before a learner needs attention. */
export const INACTIVE_DAYS = 14;
/** Failed quiz attempts (without a pass) before a module needs attention. */
export const FAILED_ATTEMPTS = 2;

export interface GroupPeriod {
	/** `YYYY-MM-DD` or null: an open start or end. */
	startsOn: string | null;
	endsOn: string | null;
	archived: boolean;
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	const utc = (day: string) => {
		const [y, m, d] = day.split('-').map(Number);
		return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
	};
	return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * A group runs on the days from its start to its end date, both included, in Amsterdam. A group
 * without dates runs; an archived group does not (nobody is expected to work in it).
 */
export function isRunning(group: GroupPeriod, today: string): boolean {
	if (group.archived) return false;
	if (group.startsOn && today < group.startsOn) return false;
	if (group.endsOn && today > group.endsOn) return false;
	return true;
}

/**
 * No activity for INACTIVE_DAYS days of the group's running time. The clock starts at the
 * latest of: the last activity, joining the group, and the group's start, so a learner who just
 * joined or a group that just began never raises an alert.
 */
export function isInactive(input: {
	now: Date;
	group: GroupPeriod;
	joinedAt: Date;
	lastActivityAt: Date | null;
}): boolean {
	const today = amsterdamDate(input.now);
	if (!isRunning(input.group, today)) return false;
	const since = [
		amsterdamDate(input.joinedAt),
		input.lastActivityAt ? amsterdamDate(input.lastActivityAt) : null,
		input.group.startsOn
	].reduce<string>((latest, day) => (day && day > latest ? day : latest), '0000-01-01');
	return daysBetween(since, today) >= INACTIVE_DAYS;
}

/**
 * The modules an inactive learner is stuck in: every module in progress, or, when none is, the
 * first one not completed (where the learner should be working). Marking every open module
 * would bury the signal.
 */
export function stuckModules(bases: readonly BaseStatus[]): boolean[] {
	const inProgress = bases.map((b) => b === 'in-progress');
	if (inProgress.some(Boolean)) return inProgress;
	const first = bases.findIndex((b) => b !== 'completed');
	return bases.map((_, index) => index === first);
}

export interface CellInput {
	base: BaseStatus;
	quizPassed: boolean;
	/** Submitted attempts at the module's quiz. */
	quizAttempts: number;
}

export interface Cell {
	readonly status: CellStatus;
	readonly reason: AttentionReason | null;
}

/**
 * The five cells there are, shared: a group's grid holds hundreds of cells but only these
 * values, and the page's data serialiser writes a shared object once.
 */
const CELLS = {
	completed: Object.freeze({ status: 'completed', reason: null }),
	'in-progress': Object.freeze({ status: 'in-progress', reason: null }),
	'not-started': Object.freeze({ status: 'not-started', reason: null }),
	quizFailed: Object.freeze({ status: 'attention', reason: 'quiz-failed' }),
	inactive: Object.freeze({ status: 'attention', reason: 'inactive' })
} satisfies Record<string, Cell>;

/** One learner's cells, in track order. A completed module never needs attention. */
export function learnerCells(inputs: readonly CellInput[], inactive: boolean): Cell[] {
	const stuck = inactive ? stuckModules(inputs.map((i) => i.base)) : inputs.map(() => false);
	return inputs.map((input, index): Cell => {
		if (input.base === 'completed') return CELLS.completed;
		if (!input.quizPassed && input.quizAttempts >= FAILED_ATTEMPTS) return CELLS.quizFailed;
		if (stuck[index]) return CELLS.inactive;
		return CELLS[input.base];
	});
}
