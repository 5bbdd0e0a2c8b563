import type { ModuleFactsView, TrackModuleSpec } from '../../../src/lib/server/learning/progress';

/** Facts for a module with three lessons; override what a test is about. */
export function facts(overrides: Partial<ModuleFactsView> = {}): ModuleFactsView {
	const base: ModuleFactsView = {
		readLessons: [],
		lessonsRead: 0,
		lessonsTotal: 3,
		bestScore: null,
		quizPassed: false,
		quizStarted: false,
		reflectionSubmitted: false,
		reflectionStarted: false,
		complete: false
	};
	const merged = { ...base, ...overrides };
	return { ...merged, lessonsRead: overrides.lessonsRead ?? merged.readLessons.length };
}

export const completeFacts = () =>
	facts({
		readLessons: ['een', 'twee', 'drie'],
		bestScore: 0.8,
		quizPassed: true,
		quizStarted: true,
		reflectionSubmitted: true,
		reflectionStarted: true,
		complete: true
	});

export function spec(slug: string, prerequisites: string[] = []): TrackModuleSpec {
	return {
		slug,
		title: `Module ${slug}`,
		passMark: 70,
		prerequisites,
		lessons: ['een', 'twee', 'drie'].map((l) => ({ slug: l, title: `Les ${l}` }))
	};
}
