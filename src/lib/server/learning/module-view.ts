import { error } from '@sveltejs/kit';
import type { Database } from '../db/client';
import { intentionPrompt } from '../reflection/intention';
import { requireModule } from './context';
import { markdownTree } from './markdown-tree';
import { nextInModule, scorePercent } from './progress';
import { learnerTrackProgress } from './progress-service';
import { trackRequirements } from './requirements';
import type { TrackProgress } from './track-progress';

export interface ModuleParams {
	track: string;
	module: string;
}

async function moduleProgress(db: Database, userId: string, params: ModuleParams) {
	const context = await requireModule(db, userId, params.track, params.module);
	const progress = await learnerTrackProgress(db, userId, context.track, context.course);
	const own = progress.modules.find((m) => m.slug === context.module.slug);
	if (!own) error(404, 'not-found');
	return { ...context, progress, own };
}

// Content is fixed while the process runs: each module's introduction is parsed once (keyed by
// its text, so there are as many entries as modules).
const intros = new Map<string, ReturnType<typeof markdownTree>>();
function introTree(markdown: string) {
	let tree = intros.get(markdown);
	if (!tree) {
		tree = markdownTree(markdown);
		intros.set(markdown, tree);
	}
	return tree;
}

/** The module page: goals, introduction, lessons with read state, quiz, reflection, status. */
export async function getModuleView(db: Database, userId: string, params: ModuleParams) {
	const { course, track, audience, module, progress, own } = await moduleProgress(
		db,
		userId,
		params
	);
	// "Hoe ging het?" for the voornemen of an earlier module; null when there is nothing to ask.
	const intention = await intentionPrompt(db, userId, track.id, module.slug);
	const read = new Set(own.facts.readLessons);
	const spec = trackRequirements(course, track).specs.find((s) => s.slug === module.slug);
	const exercise = course.reflection(module.slug, audience);
	return {
		track: { slug: track.slug, title: track.title },
		module: {
			slug: module.slug,
			title: module.title,
			summary: module.summary,
			goals: module.goals,
			minutes: module.estimatedMinutes,
			passMark: module.passMark,
			intro: introTree(module.intro),
			position: own.position,
			count: progress.modules.length
		},
		status: own.status,
		needs: own.needs,
		lockedBy: own.lockedBy,
		lessons: course.lessonsFor(module.slug, audience).map((lesson) => ({
			slug: lesson.slug,
			title: lesson.title,
			minutes: lesson.estimatedMinutes,
			read: read.has(lesson.slug)
		})),
		quiz: {
			passed: own.facts.quizPassed,
			bestPercent: own.facts.bestScore === null ? null : scorePercent(own.facts.bestScore),
			items: course.itemsFor(module.slug, audience).length
		},
		reflection: {
			title: exercise?.title ?? module.title,
			submitted: own.facts.reflectionSubmitted,
			started: own.facts.reflectionStarted
		},
		next: spec ? nextInModule(spec, own.facts) : null,
		intention
	};
}

export type Suggestion = { kind: 'certificate' } | { kind: 'module'; slug: string; title: string };

/** After a complete module, one suggestion: the track's next open module, or the certificate. */
export function suggestNext(progress: TrackProgress, current: string): Suggestion | null {
	const next = progress.next;
	if (!next) return null;
	if (next.kind === 'certificate') return { kind: 'certificate' };
	const target = progress.modules.find((m) => m.slug === next.module);
	if (!target || target.slug === current) return null;
	return { kind: 'module', slug: target.slug, title: target.title };
}

/** The module-end page: met goals and a next step when complete, else what is still needed. */
export async function getModuleEnd(db: Database, userId: string, params: ModuleParams) {
	const { track, module, progress, own } = await moduleProgress(db, userId, params);
	return {
		track: { slug: track.slug, title: track.title },
		module: { slug: module.slug, title: module.title, goals: module.goals },
		complete: own.facts.complete,
		needs: own.needs,
		quizPercent: own.facts.bestScore === null ? null : scorePercent(own.facts.bestScore),
		suggestion: own.facts.complete ? suggestNext(progress, module.slug) : null
	};
}
