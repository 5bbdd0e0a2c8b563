import { parseSourceArticle, sourceFrontMatterSchema, tracksFileSchema } from '../../content';
import type { TracksFile } from '../../content';
import type { Located, SourceDraft } from './draft';
import type { ContentFiles } from './files';
import { splitFrontMatter } from './front-matter';
import type { IssueLog } from './issues';
import { parseYaml, validate } from './yaml';

/** Reads `bron/artikel.md`: its front matter, sections and passages. */
export function loadSource(files: ContentFiles, log: IssueLog): SourceDraft | null {
	const path = files.resolve('bron', 'artikel.md');
	const file = files.display(path);
	const text = files.text(path);
	if (text === null) {
		log.error(file, 1, '-', 'the source article is missing');
		return null;
	}
	const split = splitFrontMatter(text);
	if (split) {
		const source = parseYaml(split.yaml, file, log, split.yamlLine);
		if (source) validate(sourceFrontMatterSchema, source, file, log);
	}
	const article = parseSourceArticle(split?.body ?? text, split?.bodyLine ?? 1);
	for (const problem of article.problems) log.error(file, problem.line, 'passage', problem.message);
	if (article.passages.length === 0) log.error(file, 1, 'passage', 'the article has no passages');
	return { file, article };
}

/** Reads `tracks.yaml`. */
export function loadTracks(files: ContentFiles, log: IssueLog): Located<TracksFile> | null {
	const path = files.resolve('tracks.yaml');
	const file = files.display(path);
	const text = files.text(path);
	if (text === null) {
		log.error(file, 1, '-', 'tracks.yaml is missing');
		return null;
	}
	const source = parseYaml(text, file, log);
	const value = source && validate(tracksFileSchema, source, file, log);
	return source && value ? { value, file, lineOf: source.lineOf } : null;
}
