// `npm run content:check`: validates modules/ and prints a report for authors.
// Errors read `file:line: field: problem` and make the command exit 1.
// Relative imports: tsx resolves `$lib` only through the generated .svelte-kit/tsconfig.json,
// which a fresh checkout may not have yet.
import { ITEM_TYPES, LEVELS } from '../src/lib/content';
import {
	ContentError,
	formatIssue,
	loadCourse,
	type ContentReport
} from '../src/lib/server/content';

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

function table(rows: string[][]): string {
	const widths =
		rows[0]?.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0))) ?? [];
	return rows
		.map((row) =>
			row
				.map((cell, col) => cell.padEnd(widths[col] ?? 0))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

function printReport({ course, coverage, readability, warnings }: ContentReport): void {
	console.log(`Content version ${course.version}\n`);
	console.log('Tracks');
	for (const track of course.tracks) {
		const modules = course.trackModules(track.id);
		const lessons = modules.reduce(
			(sum, m) => sum + course.lessonsFor(m.slug, track.audience).length,
			0
		);
		const items = modules.reduce(
			(sum, m) => sum + course.itemsFor(m.slug, track.audience).length,
			0
		);
		console.log(`  ${track.id}: ${modules.length} modules, ${lessons} lessons, ${items} items`);
	}
	const items = course.modules.flatMap((module) => module.items);
	console.log(`\nItems per type (${items.length} in all)`);
	console.log(
		table(
			ITEM_TYPES.map((type) => ['  ' + type, String(items.filter((i) => i.type === type).length)])
		)
	);
	console.log('\nItems per level');
	console.log(
		table(
			LEVELS.map((level) => ['  ' + level, String(items.filter((i) => i.level === level).length)])
		)
	);
	console.log(
		`\nPassage coverage: ${coverage.cited} of ${coverage.total} (${percent(coverage.share)})`
	);
	console.log(
		'\nReadability (Flesch-Douma; assistant track aims for 60+ and at most 15 words per sentence)'
	);
	const rows = readability.map((row) => [
		'  ' + `${row.module}/${row.lesson}`,
		row.audience,
		row.readability.fleschDouma === null ? '-' : row.readability.fleschDouma.toFixed(1),
		row.readability.band?.label ?? '-',
		row.readability.wordsPerSentence.toFixed(1),
		percent(row.readability.shareLongSentences)
	]);
	console.log(
		table([['  lesson', 'audience', 'score', 'band', 'words/sentence', '>20 words'], ...rows])
	);
	console.log(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
	for (const warning of warnings) console.log(formatIssue(warning));
}

try {
	printReport(loadCourse());
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(`${error.issues.length} error${error.issues.length === 1 ? '' : 's'}`);
	for (const issue of error.issues) console.error(formatIssue(issue));
	console.error(`\n${error.warnings.length} warning${error.warnings.length === 1 ? '' : 's'}`);
	for (const warning of error.warnings) console.error(formatIssue(warning));
	process.exitCode = 1;
}
