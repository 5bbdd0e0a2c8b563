// Pure rules that turn a learner's completion facts (from db/queries/completion.ts) and the
// content into what the learner and the trainer see: a status per module, what is still needed,
// which modules are locked and why, and the one next step. No I/O, so unit tests cover it all.

/** The facts about one learner in one module; `complete` is decided by the completion query. */
export interface ModuleFactsView {
	/** Slugs of the audience's lessons that the learner has read. */
	readLessons: readonly string[];
	lessonsRead: number;
	lessonsTotal: number;
	/** Best submitted score, 0..1, or null before any submission. */
	bestScore: number | null;
	quizPassed: boolean;
	/** An attempt exists (open or submitted). */
	quizStarted: boolean;
	reflectionSubmitted: boolean;
	/** A draft exists, submitted or not. */
	reflectionStarted: boolean;
	complete: boolean;
}

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed';

export function moduleStatus(facts: ModuleFactsView): ModuleStatus {
	if (facts.complete) return 'completed';
	if (facts.lessonsRead > 0 || facts.quizStarted || facts.reflectionStarted) return 'in-progress';
	return 'not-started';
}

/** One requirement of the completion rule that is not met yet. */
export type Need =
	| { kind: 'lessons'; read: number; total: number }
	| { kind: 'quiz'; bestPercent: number | null; passMark: number }
	| { kind: 'reflection'; started: boolean };

/** What is still needed to complete a module, in the order the learner meets it. */
export function stillNeeded(facts: ModuleFactsView, passMark: number): Need[] {
	if (facts.complete) return [];
	const needs: Need[] = [];
	if (facts.lessonsRead < facts.lessonsTotal) {
		needs.push({ kind: 'lessons', read: facts.lessonsRead, total: facts.lessonsTotal });
	}
	if (!facts.quizPassed) {
		const bestPercent = facts.bestScore === null ? null : scorePercent(facts.bestScore);
		needs.push({ kind: 'quiz', bestPercent, passMark });
	}
	if (!facts.reflectionSubmitted) {
		needs.push({ kind: 'reflection', started: facts.reflectionStarted });
	}
	return needs;
}

/**
 * A score of 0..1 as a whole percentage, rounded down so that 69.6% never reads as 70. Points
 * are stored as 4-byte reals, so 0.7 can come back as 0.69999998: a tolerance far below one
 * hundredth of a percent absorbs that.
 */
export function scorePercent(score: number): number {
	return Math.floor(score * 100 + 1e-4);
}

/** What a track module needs from the content to be judged. */
export interface TrackModuleSpec {
	slug: string;
	title: string;
	passMark: number;
	prerequisites: readonly string[];
	/** The audience's lessons, in order. */
	lessons: readonly { slug: string; title: string }[];
}

/**
 * Prerequisites of a module that are not complete yet. Only prerequisites inside the track
 * count: a module the learner cannot take in this track must never lock it for good.
 * A completed module is never locked, whatever happened before.
 */
export function lockedBy(
	module: TrackModuleSpec,
	completed: ReadonlySet<string>,
	trackSlugs: ReadonlySet<string>
): string[] {
	if (completed.has(module.slug)) return [];
	return module.prerequisites.filter((slug) => trackSlugs.has(slug) && !completed.has(slug));
}

export type NextStep =
	| { kind: 'lesson'; module: string; lesson: string }
	| { kind: 'quiz'; module: string }
	| { kind: 'reflection'; module: string }
	| { kind: 'certificate' };

/** The step inside one module that comes next, or null when the module is complete. */
export function nextInModule(module: TrackModuleSpec, facts: ModuleFactsView): NextStep | null {
	if (facts.complete) return null;
	const read = new Set(facts.readLessons);
	const unread = module.lessons.find((lesson) => !read.has(lesson.slug));
	if (unread) return { kind: 'lesson', module: module.slug, lesson: unread.slug };
	if (!facts.quizPassed) return { kind: 'quiz', module: module.slug };
	if (!facts.reflectionSubmitted) return { kind: 'reflection', module: module.slug };
	return null;
}
