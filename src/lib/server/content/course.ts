import type {
	Audience,
	LessonSection,
	ModuleFrontMatter,
	Passage,
	QuizItem,
	Reflection,
	SourceSection,
	Track
} from '../../content';
import type { CourseDraft } from './draft';

// The immutable index of the course that the app reads. Answer keys and feedback are in here,
// so it stays on the server; views for the browser pick what they may show.

export interface CourseLesson {
	/** File name without number and extension; unique within its module. */
	slug: string;
	/** Position from the file name. */
	number: number;
	title: string;
	estimatedMinutes: number | null;
	/** The lesson's own audiences, or the module's. */
	audiences: Audience[];
	/** Markdown before the first section. */
	intro: string;
	sections: LessonSection[];
	/** The whole Markdown body, variant blocks included; see `textForAudience`. */
	body: string;
}

/** A quiz item with its audiences resolved and the slug of its module. */
export type CourseItem = QuizItem & { audiences: Audience[]; module: string };

export interface CourseModule extends ModuleFrontMatter {
	slug: string;
	/** Position from the folder name. */
	number: number;
	/** Markdown body of `module.md`. */
	intro: string;
	lessons: CourseLesson[];
	items: CourseItem[];
	reflections: Partial<Record<Audience, Reflection>>;
}

export interface Course {
	/** Short hash of every content file; stored with each attempt. */
	readonly version: string;
	readonly tracks: readonly Track[];
	/** Modules in folder order. */
	readonly modules: readonly CourseModule[];
	readonly sections: readonly SourceSection[];
	readonly passages: readonly Passage[];
	track(id: string): Track | undefined;
	/** The modules of a track, in the track's order. */
	trackModules(trackId: string): CourseModule[];
	module(slug: string): CourseModule | undefined;
	lesson(moduleSlug: string, lessonSlug: string): CourseLesson | undefined;
	/** Lessons of a module that an audience reads, in order. */
	lessonsFor(moduleSlug: string, audience: Audience): CourseLesson[];
	item(id: string): CourseItem | undefined;
	/** Quiz items of a module that an audience gets, in order. */
	itemsFor(moduleSlug: string, audience: Audience): CourseItem[];
	reflection(moduleSlug: string, audience: Audience): Reflection | undefined;
	passage(id: string): Passage | undefined;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}

/** Builds the index from a draft that passed every check. */
export function buildCourse(draft: CourseDraft, version: string): Course {
	const modules: CourseModule[] = [...draft.modules]
		.sort((a, b) => a.number - b.number)
		.flatMap((module) => (module.front ? [{ module, front: module.front.value }] : []))
		.map(({ module, front }) => ({
			...front,
			slug: module.slug,
			number: module.number,
			intro: module.intro,
			lessons: [...module.lessons]
				.sort((a, b) => a.number - b.number)
				.map((lesson) => ({
					slug: lesson.slug,
					number: lesson.number,
					title: lesson.front.value.title,
					estimatedMinutes: lesson.front.value.estimatedMinutes ?? null,
					audiences: lesson.audiences,
					intro: lesson.body.intro,
					sections: lesson.body.sections,
					body: lesson.markdown.trim()
				})),
			items: module.items.map(({ item, audiences }) => ({
				...item,
				audiences,
				module: module.slug
			})),
			reflections: Object.fromEntries(module.reflections.map((r) => [r.value.audience, r.value]))
		}));
	const tracks = draft.tracks?.value.tracks ?? [];
	const passages = draft.source?.article.passages ?? [];
	const sections = draft.source?.article.sections ?? [];
	deepFreeze([modules, tracks, passages, sections]);

	const moduleBySlug = new Map(modules.map((module) => [module.slug, module]));
	const itemById = new Map(
		modules.flatMap((module) => module.items.map((item) => [item.id, item]))
	);
	const passageById = new Map(passages.map((passage) => [passage.id, passage]));
	return Object.freeze({
		version,
		tracks,
		modules,
		sections,
		passages,
		track: (id: string) => tracks.find((track) => track.id === id),
		trackModules: (trackId: string) =>
			(tracks.find((track) => track.id === trackId)?.modules ?? []).flatMap(
				(slug) => moduleBySlug.get(slug) ?? []
			),
		module: (slug: string) => moduleBySlug.get(slug),
		lesson: (moduleSlug: string, lessonSlug: string) =>
			moduleBySlug.get(moduleSlug)?.lessons.find((lesson) => lesson.slug === lessonSlug),
		lessonsFor: (moduleSlug: string, audience: Audience) =>
			(moduleBySlug.get(moduleSlug)?.lessons ?? []).filter((l) => l.audiences.includes(audience)),
		item: (id: string) => itemById.get(id),
		itemsFor: (moduleSlug: string, audience: Audience) =>
			(moduleBySlug.get(moduleSlug)?.items ?? []).filter((i) => i.audiences.includes(audience)),
		reflection: (moduleSlug: string, audience: Audience) =>
			moduleBySlug.get(moduleSlug)?.reflections[audience],
		passage: (id: string) => passageById.get(id)
	});
}
