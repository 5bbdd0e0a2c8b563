import type { CourseDraft } from './draft';
import type { IssueLog } from './issues';

// Every passage id that content cites must exist, and every passage must be cited by a lesson
// section or a quiz item: the course covers the whole article (reflections do not count).

export interface Coverage {
	/** Passages in the article. */
	total: number;
	/** Passages cited by at least one lesson section or quiz item. */
	cited: number;
	/** `cited / total`, from 0 to 1 (1 for an article without passages). */
	share: number;
	/** Ids of passages nobody cites, in article order. */
	uncited: string[];
}

export function checkPassages(course: CourseDraft, log: IssueLog): Coverage {
	const passages = course.source?.article.passages ?? [];
	const known = new Set(passages.map((passage) => passage.id));
	const cited = new Set<string>();
	const cite = (ids: readonly string[], file: string, line: number, field: string) => {
		for (const id of ids) {
			if (known.has(id)) cited.add(id);
			else if (course.source) log.error(file, line, field, `unknown passage \`${id}\``);
		}
	};
	for (const module of course.modules) {
		for (const lesson of module.lessons) {
			for (const section of lesson.body.sections) {
				cite(section.passages, lesson.file, section.line, `## ${section.heading}`);
			}
		}
		for (const { item, lineOf } of module.items) {
			cite(item.passages, module.quizFile, lineOf(['passages']), 'passages');
		}
		for (const reflection of module.reflections) {
			// Reflections must cite real passages, but they do not count towards coverage.
			const line = reflection.lineOf(['passages']);
			for (const id of reflection.value.passages) {
				if (!known.has(id) && course.source) {
					log.error(reflection.file, line, 'passages', `unknown passage \`${id}\``);
				}
			}
		}
	}
	const uncited = passages.filter((passage) => !cited.has(passage.id));
	for (const passage of uncited) {
		const message = `passage \`${passage.id}\` is not cited by any lesson section or quiz item`;
		log.error(course.source?.file ?? 'modules/bron/artikel.md', passage.line, 'coverage', message);
	}
	const total = passages.length;
	const share = total === 0 ? 1 : (total - uncited.length) / total;
	return { total, cited: total - uncited.length, share, uncited: uncited.map((p) => p.id) };
}
