// Markdown files start with YAML front matter between two `---` lines. Only the split happens
// here; the YAML itself goes through `parseYaml`, which keeps line numbers.

export interface FrontMatter {
	/** The YAML between the fences. */
	yaml: string;
	/** File line of the first YAML line. */
	yamlLine: number;
	/** Everything after the closing fence. */
	body: string;
	/** File line of the first body line. */
	bodyLine: number;
}

/** Splits a Markdown file; null when it does not open with a front-matter block. */
export function splitFrontMatter(text: string): FrontMatter | null {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return null;
	const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
	if (close === -1) return null;
	return {
		yaml: lines.slice(1, close).join('\n'),
		yamlLine: 2,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2
	};
}
