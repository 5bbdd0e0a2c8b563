import type {
	Audience,
	LessonBody,
	LessonFrontMatter,
	ModuleFrontMatter,
	QuizItem,
	Reflection,
	SourceArticle,
	TracksFile
} from '../../content';
import type { Path } from './yaml';

// What the loader has read and validated file by file, with the positions that the
// cross-checks need to report problems at the right line. Drafts become the `Course`.

/** A validated value, its display path and a way back to the line of any field. */
export interface Located<T> {
	value: T;
	file: string;
	lineOf: (path: Path) => number;
}

export interface SourceDraft {
	file: string;
	article: SourceArticle;
}

export interface LessonDraft {
	file: string;
	number: number;
	slug: string;
	front: Located<LessonFrontMatter>;
	body: LessonBody;
	/** The raw Markdown body, variant blocks included. */
	markdown: string;
	bodyLine: number;
	/** Front-matter audiences, or the module's when left out. */
	audiences: Audience[];
}

export interface ItemDraft {
	item: QuizItem;
	/** Resolved audiences: the item's own or the module's. */
	audiences: Audience[];
	lineOf: (path: Path) => number;
	index: number;
}

export interface ModuleDraft {
	/** Display path of the module folder. */
	folder: string;
	number: number;
	slug: string;
	/** Display path of `module.md`. */
	file: string;
	front: Located<ModuleFrontMatter> | null;
	intro: string;
	lessons: LessonDraft[];
	quizFile: string;
	items: ItemDraft[];
	/** False when some item failed validation: the per-audience counts would then mislead. */
	quizComplete: boolean;
	reflections: Located<Reflection>[];
	/** Names of all files in the folder, valid or not, to tell "missing" from "invalid". */
	fileNames: string[];
}

export interface CourseDraft {
	source: SourceDraft | null;
	tracks: Located<TracksFile> | null;
	modules: ModuleDraft[];
}
