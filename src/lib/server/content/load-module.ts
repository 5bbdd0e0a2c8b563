import { z } from 'zod';
import {
	AUDIENCES,
	lessonFrontMatterSchema,
	moduleFrontMatterSchema,
	parseLessonBody,
	quizItemSchema,
	reflectionSchema,
	type Audience
} from '../../content';
import type { ItemDraft, LessonDraft, Located, ModuleDraft } from './draft';
import type { ContentFiles } from './files';
import { splitFrontMatter } from './front-matter';
import type { IssueLog } from './issues';
import { parseYaml, validate, type YamlSource } from './yaml';

export const MODULE_FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const REFLECTION_FILE = /^reflectie-(.+)\.yaml$/;

/** Only the outline of a quiz file; each item is validated on its own so valid items still count. */
const quizOutlineSchema = z.strictObject({
	items: z.array(z.unknown()).min(1, { error: 'give at least one item' })
});

interface Markdown {
	source: YamlSource | null;
	body: string;
	bodyLine: number;
}

function readMarkdown(files: ContentFiles, path: string, log: IssueLog): Markdown | null {
	const file = files.display(path);
	const text = files.text(path);
	if (text === null) return null;
	const split = splitFrontMatter(text);
	if (!split) {
		log.error(file, 1, '-', 'must start with front matter between two `---` lines');
		return null;
	}
	const source = parseYaml(split.yaml, file, log, split.yamlLine);
	return { source, body: split.body, bodyLine: split.bodyLine };
}

/** Reads one module folder `NN-slug/`; every problem is logged, nothing throws. */
export function loadModule(files: ContentFiles, folder: string, log: IssueLog): ModuleDraft | null {
	const [, number = '0', slug = ''] = MODULE_FOLDER.exec(folder) ?? [];
	const dir = files.resolve(folder);
	const display = files.display(dir);
	if (slug === '') {
		log.error(display, 1, '-', 'module folder names are NN-slug, for example 01-functies');
		return null;
	}
	const modulePath = files.resolve(folder, 'module.md');
	const draft: ModuleDraft = {
		folder: display,
		number: Number(number),
		slug,
		file: files.display(modulePath),
		front: null,
		intro: '',
		lessons: [],
		quizFile: files.display(files.resolve(folder, 'quiz.yaml')),
		items: [],
		quizComplete: false,
		reflections: [],
		fileNames: files.list(dir)
	};
	const moduleMd = readMarkdown(files, modulePath, log);
	if (!draft.fileNames.includes('module.md')) log.error(draft.file, 1, '-', 'module.md is missing');
	if (moduleMd?.source) {
		const value = validate(moduleFrontMatterSchema, moduleMd.source, draft.file, log);
		if (value) draft.front = { value, file: draft.file, lineOf: moduleMd.source.lineOf };
		draft.intro = moduleMd.body.trim();
	}
	const audiences: Audience[] = draft.front?.value.audiences ?? [...AUDIENCES];
	for (const name of draft.fileNames) {
		const path = files.resolve(folder, name);
		const file = files.display(path);
		const lesson = LESSON_FILE.exec(name);
		if (name === 'module.md') continue;
		else if (name === 'quiz.yaml') {
			const quiz = loadQuiz(files, path, audiences, log);
			draft.items = quiz.items;
			draft.quizComplete = quiz.complete;
		} else if (lesson) {
			const loaded = loadLesson(files, path, Number(lesson[1]), lesson[2] ?? '', audiences, log);
			if (loaded) draft.lessons.push(loaded);
		} else if (REFLECTION_FILE.test(name)) {
			const reflection = loadReflection(files, path, REFLECTION_FILE.exec(name)?.[1] ?? '', log);
			if (reflection) draft.reflections.push(reflection);
		} else if (name.endsWith('.md')) log.error(file, 1, '-', 'lesson files are named NN-slug.md');
		else log.warn(file, 1, '-', 'unexpected file; it is ignored');
	}
	if (!draft.fileNames.includes('quiz.yaml')) {
		log.error(draft.quizFile, 1, '-', 'quiz.yaml is missing');
	}
	return draft;
}

function loadLesson(
	files: ContentFiles,
	path: string,
	number: number,
	slug: string,
	moduleAudiences: Audience[],
	log: IssueLog
): LessonDraft | null {
	const file = files.display(path);
	const markdown = readMarkdown(files, path, log);
	if (!markdown) return null;
	const body = parseLessonBody(markdown.body, markdown.bodyLine);
	for (const problem of body.problems) log.error(file, problem.line, 'markdown', problem.message);
	if (body.sections.length === 0) {
		log.error(file, markdown.bodyLine, 'sections', 'a lesson needs at least one `##` section');
	}
	for (const section of body.sections) {
		const field = `## ${section.heading}`;
		if (!section.hasSource) log.error(file, section.line, field, 'section has no `{bron: …}`');
		else if (section.passages.length === 0)
			log.error(file, section.line, field, '`{bron: }` names no passage');
	}
	const source = markdown.source;
	const front = source && validate(lessonFrontMatterSchema, source, file, log);
	if (!source || !front) return null;
	return {
		file,
		number,
		slug,
		front: { value: front, file, lineOf: source.lineOf },
		body,
		markdown: markdown.body,
		bodyLine: markdown.bodyLine,
		audiences: front.audiences ?? moduleAudiences
	};
}

function loadQuiz(
	files: ContentFiles,
	path: string,
	moduleAudiences: Audience[],
	log: IssueLog
): { items: ItemDraft[]; complete: boolean } {
	const file = files.display(path);
	const source = parseYaml(files.text(path) ?? '', file, log);
	const outline = source && validate(quizOutlineSchema, source, file, log);
	if (!source || !outline) return { items: [], complete: false };
	const items: ItemDraft[] = [];
	outline.items.forEach((_, index) => {
		const item = validate(quizItemSchema, source, file, log, ['items', index]);
		if (!item) return;
		const audiences = item.audiences ?? moduleAudiences;
		const lineOf = (path: readonly PropertyKey[]) => source.lineOf(['items', index, ...path]);
		items.push({ item, audiences, lineOf, index });
	});
	return { items, complete: items.length === outline.items.length };
}

function loadReflection(
	files: ContentFiles,
	path: string,
	audience: string,
	log: IssueLog
): Located<z.infer<typeof reflectionSchema>> | null {
	const file = files.display(path);
	const source = parseYaml(files.text(path) ?? '', file, log);
	const value = source && validate(reflectionSchema, source, file, log);
	if (!source || !value) return null;
	if (value.audience !== audience) {
		log.error(
			file,
			source.lineOf(['audience']),
			'audience',
			`must be \`${audience}\`, as the file name says`
		);
	}
	return { value, file, lineOf: source.lineOf };
}
