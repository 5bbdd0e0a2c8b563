import {
	lockedBy,
	moduleStatus,
	nextInModule,
	stillNeeded,
	type ModuleFactsView,
	type ModuleStatus,
	type Need,
	type NextStep,
	type TrackModuleSpec
} from './progress';

// A whole track for one learner: every module's status, needs and lock, the progress bar and
// the "verder waar je was" step. Pure: the facts come from the completion query.

export interface ModuleProgress {
	slug: string;
	title: string;
	/** 1-based position in the track. */
	position: number;
	status: ModuleStatus;
	needs: Need[];
	/** Titles of the prerequisite modules still to complete; empty when open. */
	lockedBy: { slug: string; title: string }[];
	facts: ModuleFactsView;
}

export interface TrackProgress {
	modules: ModuleProgress[];
	/** Lessons read, quizzes passed and reflections submitted, over the whole track. */
	stepsDone: number;
	stepsTotal: number;
	/** 0..100, rounded down: 100 only when everything is done. */
	percent: number;
	modulesCompleted: number;
	complete: boolean;
	/** The exact next step, or the certificate when the track is complete. */
	next: NextStep | null;
}

/** Facts for a module with no recorded work at all. */
export function emptyFacts(lessonsTotal: number): ModuleFactsView {
	return {
		readLessons: [],
		lessonsRead: 0,
		lessonsTotal,
		bestScore: null,
		quizPassed: false,
		quizStarted: false,
		reflectionSubmitted: false,
		reflectionStarted: false,
		complete: false
	};
}

export function buildTrackProgress(
	specs: readonly TrackModuleSpec[],
	facts: ReadonlyMap<string, ModuleFactsView>
): TrackProgress {
	const factsOf = (spec: TrackModuleSpec) =>
		facts.get(spec.slug) ?? emptyFacts(spec.lessons.length);
	const completed = new Set(specs.filter((spec) => factsOf(spec).complete).map((s) => s.slug));
	const inTrack = new Set(specs.map((spec) => spec.slug));
	const titles = new Map(specs.map((spec) => [spec.slug, spec.title]));

	let stepsDone = 0;
	let stepsTotal = 0;
	let next: NextStep | null = null;
	const modules = specs.map((spec, index): ModuleProgress => {
		const f = factsOf(spec);
		const locks = lockedBy(spec, completed, inTrack);
		stepsTotal += f.lessonsTotal + 2;
		stepsDone +=
			Math.min(f.lessonsRead, f.lessonsTotal) +
			(f.quizPassed ? 1 : 0) +
			(f.reflectionSubmitted ? 1 : 0);
		if (!next && locks.length === 0) next = nextInModule(spec, f);
		return {
			slug: spec.slug,
			title: spec.title,
			position: index + 1,
			status: moduleStatus(f),
			needs: stillNeeded(f, spec.passMark),
			lockedBy: locks.map((slug) => ({ slug, title: titles.get(slug) ?? slug })),
			facts: f
		};
	});
	const complete = specs.length > 0 && completed.size === specs.length;
	if (complete) next = { kind: 'certificate' };
	return {
		modules,
		stepsDone,
		stepsTotal,
		percent: stepsTotal === 0 ? 0 : Math.floor((stepsDone / stepsTotal) * 100),
		modulesCompleted: completed.size,
		complete,
		next
	};
}
