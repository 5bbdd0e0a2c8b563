import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Reads content files under one root and remembers each, so that the content version is a hash
 * of exactly what was loaded. Paths shown to authors are relative to the folder above the root
 * (`modules/01-functies/quiz.yaml`), which is the repository for the real content.
 */
export class ContentFiles {
	private readonly read = new Map<string, string>();

	constructor(readonly root: string) {}

	/** Display path of a file or folder, with forward slashes. */
	display(path: string): string {
		return relative(dirname(this.root), path).split(sep).join('/');
	}

	/** Absolute path of a path relative to the root. */
	resolve(...parts: string[]): string {
		return join(this.root, ...parts);
	}

	exists(path: string): boolean {
		return existsSync(path);
	}

	isDirectory(path: string): boolean {
		return existsSync(path) && statSync(path).isDirectory();
	}

	/** Entry names of a folder, sorted, hidden ones left out. */
	list(dir: string): string[] {
		return readdirSync(dir)
			.filter((name) => !name.startsWith('.'))
			.sort();
	}

	/** The text of a file, or null when it does not exist. */
	text(path: string): string | null {
		if (!existsSync(path)) return null;
		const content = readFileSync(path, 'utf8');
		this.read.set(this.display(path), content);
		return content;
	}

	/** A short hash over every file read so far: the content version stored with each attempt. */
	version(): string {
		const hash = createHash('sha256');
		for (const path of [...this.read.keys()].sort()) {
			hash
				.update(path)
				.update('\0')
				.update(this.read.get(path) ?? '')
				.update('\0');
		}
		return hash.digest('hex').slice(0, 12);
	}
}
