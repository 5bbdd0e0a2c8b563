import { ITEM_TYPES } from '../../content';
import type { CourseDraft, ModuleDraft } from './draft';
import type { IssueLog } from './issues';

// Rules that span files: ids unique across the course, prerequisites, tracks, and the
// course-wide minimums. Passage references and coverage live in `checks-passages.ts`.

export const MIN_COURSE_ITEMS = 70;

export function checkCourse(course: CourseDraft, log: IssueLog): void {
	checkModuleIds(course.modules, log);
	checkPrerequisites(course.modules, log);
	checkTracks(course, log);
	checkUniqueContentIds(course.modules, log);
	checkCourseMinimums(course, log);
}

function checkModuleIds(modules: ModuleDraft[], log: IssueLog): void {
	const slugs = new Map<string, string>();
	const numbers = new Map<number, string>();
	for (const module of modules) {
		const sameSlug = slugs.get(module.slug);
		if (sameSlug)
			log.error(module.folder, 1, '-', `slug \`${module.slug}\` is also used by ${sameSlug}`);
		const sameNumber = numbers.get(module.number);
		if (sameNumber) log.error(module.folder, 1, '-', `number is also used by ${sameNumber}`);
		slugs.set(module.slug, module.folder);
		numbers.set(module.number, module.folder);
	}
}

function checkPrerequisites(modules: ModuleDraft[], log: IssueLog): void {
	const bySlug = new Map(modules.map((module) => [module.slug, module]));
	const edges = new Map<string, string[]>();
	for (const module of modules) {
		if (!module.front) continue;
		const prerequisites = module.front.value.prerequisites;
		prerequisites.forEach((slug, index) => {
			if (!bySlug.has(slug)) {
				const line = module.front?.lineOf(['prerequisites', index]) ?? 1;
				log.error(module.file, line, `prerequisites[${index}]`, `no module \`${slug}\``);
			}
		});
		edges.set(
			module.slug,
			prerequisites.filter((slug) => bySlug.has(slug))
		);
	}
	for (const cycle of findCycles(edges)) {
		const first = bySlug.get(cycle[0] ?? '');
		if (!first?.front) continue;
		const line = first.front.lineOf(['prerequisites']);
		log.error(first.file, line, 'prerequisites', `form a cycle: ${cycle.join(' → ')}`);
	}
}

/** Each cycle once, as a path that starts and ends at its alphabetically first module. */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
	const cycles = new Map<string, string[]>();
	const visit = (node: string, path: string[]) => {
		const at = path.indexOf(node);
		if (at !== -1) {
			const loop = path.slice(at);
			const start = loop.indexOf([...loop].sort()[0] ?? node);
			const rotated = [...loop.slice(start), ...loop.slice(0, start)];
			cycles.set(rotated.join(' '), [...rotated, rotated[0] ?? node]);
			return;
		}
		for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
	};
	for (const node of [...edges.keys()].sort()) visit(node, []);
	return [...cycles.values()];
}

function checkTracks(course: CourseDraft, log: IssueLog): void {
	if (!course.tracks) return;
	const { value, file, lineOf } = course.tracks;
	const bySlug = new Map(course.modules.map((module) => [module.slug, module]));
	value.tracks.forEach((track, t) => {
		track.modules.forEach((slug, m) => {
			const module = bySlug.get(slug);
			const line = lineOf(['tracks', t, 'modules', m]);
			const field = `tracks[${t}].modules[${m}]`;
			if (!module) log.error(file, line, field, `no module \`${slug}\``);
			else if (module.front && !module.front.value.audiences.includes(track.audience)) {
				log.error(file, line, field, `module \`${slug}\` is not for \`${track.audience}\``);
			}
		});
	});
	for (const module of course.modules) {
		for (const audience of module.front?.value.audiences ?? []) {
			const track = value.tracks.find((candidate) => candidate.audience === audience);
			if (track && !track.modules.includes(module.slug)) {
				const message = `the module is for \`${audience}\` but track \`${track.id}\` does not list it`;
				log.warn(module.file, module.front?.lineOf(['audiences']) ?? 1, 'audiences', message);
			}
		}
	}
}

function checkUniqueContentIds(modules: ModuleDraft[], log: IssueLog): void {
	const items = new Map<string, string>();
	const reflections = new Map<string, string>();
	for (const module of modules) {
		for (const { item, lineOf } of module.items) {
			const line = lineOf(['id']);
			const earlier = items.get(item.id);
			if (earlier)
				log.error(module.quizFile, line, 'id', `item id \`${item.id}\` is also used at ${earlier}`);
			else items.set(item.id, `${module.quizFile}:${line}`);
		}
		for (const reflection of module.reflections) {
			const { id } = reflection.value;
			const line = reflection.lineOf(['id']);
			const earlier = reflections.get(id);
			if (earlier)
				log.error(
					reflection.file,
					line,
					'id',
					`reflection id \`${id}\` is also used at ${earlier}`
				);
			else reflections.set(id, `${reflection.file}:${line}`);
		}
	}
}

function checkCourseMinimums(course: CourseDraft, log: IssueLog): void {
	const file = course.tracks?.file ?? 'modules/tracks.yaml';
	const items = course.modules.flatMap((module) => module.items.map((entry) => entry.item));
	if (items.length < MIN_COURSE_ITEMS) {
		log.error(
			file,
			1,
			'course',
			`the course has ${items.length} quiz items; at least ${MIN_COURSE_ITEMS} needed`
		);
	}
	const unused = ITEM_TYPES.filter((type) => !items.some((item) => item.type === type));
	if (unused.length > 0) {
		log.error(file, 1, 'course', `item types not used in any module: ${unused.join(', ')}`);
	}
}
