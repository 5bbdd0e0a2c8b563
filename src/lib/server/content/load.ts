import { join, resolve } from 'node:path';
import { buildCourse, type Course } from './course';
import { checkCourse } from './checks-course';
import { checkModule } from './checks-module';
import { checkPassages, type Coverage } from './checks-passages';
import type { CourseDraft } from './draft';
import { ContentFiles } from './files';
import { ContentError, IssueLog, type ContentIssue } from './issues';
import { loadModule, MODULE_FOLDER } from './load-module';
import { loadSource, loadTracks } from './load-source';
import {
	measureLessons,
	warnAboutFeedback,
	warnAboutReadability,
	type LessonReadability
} from './warnings';

export interface ContentReport {
	course: Course;
	/** Problems that do not block: readability, long feedback, unexpected files. */
	warnings: ContentIssue[];
	coverage: Coverage;
	/** Per lesson and audience. */
	readability: LessonReadability[];
}

/** The content folder: MODULES_DIR, or `modules/` in the working directory (the repository root). */
export function defaultContentRoot(): string {
	return process.env.MODULES_DIR
		? resolve(process.env.MODULES_DIR)
		: join(process.cwd(), 'modules');
}

/**
 * Reads, validates and indexes every content file under `root`. Throws one `ContentError`
 * listing every error found; warnings are returned (and carried by the error).
 */
export function loadCourse(root: string = defaultContentRoot()): ContentReport {
	const files = new ContentFiles(root);
	const log = new IssueLog();
	if (!files.isDirectory(root)) {
		log.error(files.display(root), 1, '-', 'content folder not found');
		throw new ContentError(log.sortedErrors());
	}
	const draft: CourseDraft = {
		source: loadSource(files, log),
		tracks: loadTracks(files, log),
		modules: []
	};
	for (const name of files.list(root)) {
		const path = files.resolve(name);
		if (name === 'bron' || !files.isDirectory(path)) continue;
		if (!MODULE_FOLDER.test(name)) {
			log.error(
				files.display(path),
				1,
				'-',
				'module folder names are NN-slug, for example 01-functies'
			);
			continue;
		}
		const module = loadModule(files, name, log);
		if (module) draft.modules.push(module);
	}
	for (const module of draft.modules) checkModule(module, log);
	checkCourse(draft, log);
	const coverage = checkPassages(draft, log);
	const readability = measureLessons(draft);
	warnAboutReadability(readability, log);
	warnAboutFeedback(draft, log);
	if (log.errors.length > 0) throw new ContentError(log.sortedErrors(), log.sortedWarnings());
	const course = buildCourse(draft, files.version());
	return { course, warnings: log.sortedWarnings(), coverage, readability };
}

let cached: Course | undefined;

/** The course, loaded on first use and kept for the life of the process (content is read-only). */
export function getCourse(): Course {
	cached ??= loadCourse().course;
	return cached;
}
