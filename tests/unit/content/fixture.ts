import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { ITEM_TYPES, type QuizItem } from '$lib/content';
import { ContentError, loadCourse, type ContentIssue } from '$lib/server/content';
import { itemOfType, reflection } from './builders';

export { reflection };

// A small but complete course in a temp folder: two modules of 36 items each (72 in all, every
// type, half at level apply), two lessons each, both reflections, and an article of four
// passages that are all cited. Lessons cite intro-1 and deel-1; only alpha's quiz cites deel-2
// and only beta's cites deel-3. Tests break one thing and look for the error it causes.

export const ARTICLE = `---
title: Testartikel
---

# Testartikel

Opening van het artikel. {#intro-1}

## Deel {#deel}

Eerste alinea. {#deel-1}

- Punt een. {#deel-2}

- Punt twee. {#deel-3}
`;

export const TRACKS = {
	tracks: ['leraar', 'ondersteuner'].map((audience) => ({
		id: audience,
		slug: `track-${audience}`,
		title: `Track ${audience}`,
		summary: 'Een track.',
		audience,
		modules: ['alpha', 'beta']
	}))
};

export function moduleMd(overrides: Record<string, unknown> = {}): string {
	const front = {
		title: 'Module',
		summary: 'Een module.',
		audiences: ['leraar', 'ondersteuner'],
		goals: ['Benoemen van de functies.', 'Uitleggen van de eisen.'],
		estimatedMinutes: 30,
		passMark: 70,
		prerequisites: [],
		competences: ['samenwerken'],
		...overrides
	};
	return `---\n${stringify(front)}---\n\nIntroductie van de module.\n`;
}

export function lessonMd(passage: string, title = 'Les'): string {
	return [
		'---',
		`title: ${title}`,
		'---',
		'',
		'Je leest nu een les.',
		'',
		`## Kop {bron: ${passage}}`,
		'',
		'Je helpt de klas. De leraar legt uit.',
		'',
		':::leraar',
		'Jij stuurt de ondersteuner aan.',
		':::',
		'',
		':::ondersteuner',
		'Jij helpt de leraar.',
		':::',
		''
	].join('\n');
}

/** 36 items of every type in turn, every other one at level apply, citing the given passages. */
export function quizItems(slug: string, passages: string[]): QuizItem[] {
	return Array.from({ length: 36 }, (_, i) => {
		const type = ITEM_TYPES[i % ITEM_TYPES.length] ?? 'single';
		const id = `${slug}-${String(i + 1).padStart(2, '0')}`;
		const passage = passages[i % passages.length] ?? 'intro-1';
		return {
			...itemOfType(type, id),
			level: i % 2 === 0 ? 'apply' : 'remember',
			passages: [passage]
		};
	});
}

export class Fixture {
	readonly base = mkdtempSync(join(tmpdir(), 'klasteam-content-'));
	readonly root = join(this.base, 'modules');

	constructor() {
		this.write('bron/artikel.md', ARTICLE);
		this.write('tracks.yaml', stringify(TRACKS));
		this.writeModule('01-alpha', 'alpha', ['intro-1', 'deel-1'], ['deel-2']);
		this.writeModule('02-beta', 'beta', ['intro-1', 'deel-1'], ['deel-3'], {
			prerequisites: ['alpha']
		});
	}

	writeModule(folder: string, slug: string, lessons: string[], cited: string[], front = {}): void {
		this.write(`${folder}/module.md`, moduleMd(front));
		lessons.forEach((passage, i) =>
			this.write(`${folder}/0${i + 1}-les-${i + 1}.md`, lessonMd(passage))
		);
		this.writeQuiz(folder, quizItems(slug, cited));
		this.writeYaml(`${folder}/reflectie-leraar.yaml`, reflection(slug, 'leraar'));
		this.writeYaml(`${folder}/reflectie-ondersteuner.yaml`, reflection(slug, 'ondersteuner'));
	}

	write(rel: string, text: string): void {
		mkdirSync(dirname(join(this.root, rel)), { recursive: true });
		writeFileSync(join(this.root, rel), text);
	}

	writeYaml(rel: string, value: unknown): void {
		this.write(rel, stringify(value));
	}

	writeQuiz(folder: string, items: QuizItem[]): void {
		this.writeYaml(`${folder}/quiz.yaml`, { items });
	}

	read(rel: string): string {
		return readFileSync(join(this.root, rel), 'utf8');
	}

	edit(rel: string, change: (text: string) => string): void {
		this.write(rel, change(this.read(rel)));
	}

	remove(rel: string): void {
		rmSync(join(this.root, rel), { recursive: true });
	}

	/** 1-based line of the n-th line (1-based) of a file that contains `needle`. */
	lineOf(rel: string, needle: string, occurrence = 1): number {
		const lines = this.read(rel).split('\n');
		let seen = 0;
		const index = lines.findIndex((line) => line.includes(needle) && ++seen === occurrence);
		if (index === -1) throw new Error(`${needle} not found in ${rel}`);
		return index + 1;
	}

	/** The errors of loading this course; fails the test when it loads without errors. */
	errors(): ContentIssue[] {
		try {
			loadCourse(this.root);
		} catch (error) {
			if (error instanceof ContentError) return [...error.issues];
			throw error;
		}
		throw new Error('expected content errors, but the course loaded');
	}

	cleanup(): void {
		rmSync(this.base, { recursive: true, force: true });
	}
}

/** Matches one issue; the message only needs to contain `message`. */
export function issue(file: string, line: number, field: string, message: string) {
	return { file: `modules/${file}`, line, field, message: expect.stringContaining(message) };
}
