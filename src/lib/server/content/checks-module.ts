import { ITEM_TYPES, type Audience } from '../../content';
import type { ModuleDraft } from './draft';
import { LESSON_FILE } from './load-module';
import type { IssueLog } from './issues';

// Rules that concern one module on its own: its lessons, its quiz per audience, its reflections.

export const MIN_ITEMS_PER_AUDIENCE = 8;
export const MIN_TYPES_PER_AUDIENCE = 4;
export const MIN_APPLY_SHARE = 1 / 3;
export const LESSONS_PER_MODULE = { min: 2, max: 4 } as const;

export function checkModule(draft: ModuleDraft, log: IssueLog): void {
	if (!draft.front) return;
	const audiences = draft.front.value.audiences;
	checkLessons(draft, audiences, log);
	checkItems(draft, audiences, log);
	checkReflections(draft, audiences, log);
}

function checkLessons(draft: ModuleDraft, audiences: Audience[], log: IssueLog): void {
	// Counted from file names, so that a lesson with invalid front matter still counts.
	const count = draft.fileNames.filter((name) => LESSON_FILE.test(name)).length;
	const { min, max } = LESSONS_PER_MODULE;
	if (count < min || count > max) {
		log.error(draft.file, 1, 'lessons', `a module has ${min} to ${max} lessons; found ${count}`);
	}
	const numbers = new Map<number, string>();
	const slugs = new Map<string, string>();
	for (const lesson of draft.lessons) {
		const sameNumber = numbers.get(lesson.number);
		if (sameNumber) log.error(lesson.file, 1, '-', `lesson number is also used by ${sameNumber}`);
		const sameSlug = slugs.get(lesson.slug);
		if (sameSlug) log.error(lesson.file, 1, '-', `lesson slug is also used by ${sameSlug}`);
		numbers.set(lesson.number, lesson.file);
		slugs.set(lesson.slug, lesson.file);
		const extra = lesson.audiences.filter((audience) => !audiences.includes(audience));
		if (extra.length > 0) {
			const line = lesson.front.lineOf(['audiences']);
			log.error(
				lesson.file,
				line,
				'audiences',
				`not in the module's audiences: ${extra.join(', ')}`
			);
		}
		for (const variant of lesson.body.variants) {
			if (!lesson.audiences.includes(variant.audience)) {
				const message = `no reader: the lesson is not for \`${variant.audience}\``;
				log.warn(lesson.file, variant.line, 'markdown', message);
			}
		}
	}
	for (const audience of audiences) {
		if (!draft.lessons.some((lesson) => lesson.audiences.includes(audience))) {
			log.error(draft.file, 1, 'lessons', `no lesson is for \`${audience}\``);
		}
	}
}

function checkItems(draft: ModuleDraft, audiences: Audience[], log: IssueLog): void {
	const idPattern = new RegExp(`^${draft.slug}-\\d{2,}$`);
	for (const { item, audiences: own, lineOf } of draft.items) {
		if (!idPattern.test(item.id)) {
			log.error(draft.quizFile, lineOf(['id']), 'id', `must be \`${draft.slug}-NN\``);
		}
		const extra = own.filter((audience) => !audiences.includes(audience));
		if (extra.length > 0) {
			const message = `not in the module's audiences: ${extra.join(', ')}`;
			log.error(draft.quizFile, lineOf(['audiences']), 'audiences', message);
		}
	}
	// Counting a quiz with invalid items would report shortages that fixing the items removes.
	if (!draft.quizComplete) return;
	for (const audience of audiences) {
		const items = draft.items
			.filter((entry) => entry.audiences.includes(audience))
			.map((e) => e.item);
		const problem = (message: string) =>
			log.error(draft.quizFile, 1, 'items', `${audience}: ${message}`);
		if (items.length < MIN_ITEMS_PER_AUDIENCE) {
			problem(`${items.length} items; at least ${MIN_ITEMS_PER_AUDIENCE} needed`);
		}
		const types = new Set(items.map((item) => item.type));
		if (types.size < MIN_TYPES_PER_AUDIENCE) {
			const used = ITEM_TYPES.filter((type) => types.has(type)).join(', ') || 'none';
			problem(`${types.size} item types (${used}); at least ${MIN_TYPES_PER_AUDIENCE} needed`);
		}
		const apply = items.filter((item) => item.level === 'apply').length;
		if (items.length > 0 && apply < items.length * MIN_APPLY_SHARE) {
			const needed = Math.ceil(items.length * MIN_APPLY_SHARE);
			problem(
				`${apply} of ${items.length} items at level apply; at least ${needed} needed (a third)`
			);
		}
	}
}

function checkReflections(draft: ModuleDraft, audiences: Audience[], log: IssueLog): void {
	for (const audience of audiences) {
		if (!draft.fileNames.includes(`reflectie-${audience}.yaml`)) {
			const file = `${draft.folder}/reflectie-${audience}.yaml`;
			log.error(file, 1, '-', `is missing; the module is for \`${audience}\``);
		}
	}
	for (const reflection of draft.reflections) {
		const audience = reflection.value.audience;
		if (!audiences.includes(audience)) {
			const message = `the module is not for \`${audience}\`; remove this exercise or add the audience`;
			log.error(reflection.file, reflection.lineOf(['audience']), 'audience', message);
		}
	}
}
