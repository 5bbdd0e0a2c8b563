// Problems found in content files. Every problem names a file (relative to the repository),
// a 1-based line, the field it concerns and what is wrong, so authors can jump straight to it.

export interface ContentIssue {
	/** Path relative to the repository root, with forward slashes. */
	file: string;
	/** 1-based line; 1 when the problem concerns the file as a whole. */
	line: number;
	/** The field, as a path such as `items[3].options`; `-` when there is none. */
	field: string;
	message: string;
}

export function formatIssue(issue: ContentIssue): string {
	return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}

/** Thrown once with every error found, so authors can fix them all in one round. */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];
	readonly warnings: readonly ContentIssue[];

	constructor(issues: readonly ContentIssue[], warnings: readonly ContentIssue[] = []) {
		const count = `${issues.length} content error${issues.length === 1 ? '' : 's'}`;
		super(`${count}:\n${issues.map(formatIssue).join('\n')}`);
		this.name = 'ContentError';
		this.issues = issues;
		this.warnings = warnings;
	}
}

/** Collects errors and warnings while loading; nothing stops at the first problem. */
export class IssueLog {
	readonly errors: ContentIssue[] = [];
	readonly warnings: ContentIssue[] = [];

	error(file: string, line: number, field: string, message: string): void {
		this.errors.push({ file, line, field, message });
	}

	warn(file: string, line: number, field: string, message: string): void {
		this.warnings.push({ file, line, field, message });
	}

	/** Errors in file and line order, so output reads top to bottom per file. */
	sortedErrors(): ContentIssue[] {
		return sortIssues(this.errors);
	}

	sortedWarnings(): ContentIssue[] {
		return sortIssues(this.warnings);
	}
}

function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
	return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
