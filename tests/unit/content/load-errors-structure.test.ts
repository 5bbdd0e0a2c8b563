import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCourse } from '$lib/server/content';
import { Fixture, issue, lessonMd, moduleMd, quizItems } from './fixture';

let fixture: Fixture;
beforeEach(() => {
	fixture = new Fixture();
});
afterEach(() => fixture.cleanup());

const ALPHA = '01-alpha/module.md';
const BETA = '02-beta/module.md';

describe('loader: modules', () => {
	it('reports duplicate module slugs', () => {
		fixture.writeModule('03-alpha', 'alpha', ['deel-1', 'deel-2'], ['deel-3']);
		expect(fixture.errors()).toContainEqual(
			issue('03-alpha', 1, '-', 'slug `alpha` is also used by modules/01-alpha')
		);
	});

	it('reports a folder that is not NN-slug', () => {
		fixture.write('gamma/module.md', moduleMd());
		expect(fixture.errors()).toEqual([issue('gamma', 1, '-', 'module folder names are NN-slug')]);
	});

	it('reports a missing module.md', () => {
		fixture.remove(ALPHA);
		expect(fixture.errors()).toContainEqual(issue(ALPHA, 1, '-', 'module.md is missing'));
	});

	it('reports a goal that does not start with an allowed verb', () => {
		fixture.write(ALPHA, moduleMd({ goals: ['Benoemen van x.', 'Weten wat y is.'] }));
		expect(fixture.errors()).toEqual([
			issue(
				ALPHA,
				fixture.lineOf(ALPHA, 'Weten wat'),
				'goals[1]',
				'must start with one of: Benoemen'
			)
		]);
	});

	it('reports a module without front matter', () => {
		fixture.write(ALPHA, 'Alleen tekst.\n');
		expect(fixture.errors()).toContainEqual(issue(ALPHA, 1, '-', 'front matter'));
	});
});

describe('loader: prerequisites', () => {
	it('reports a prerequisite that does not exist at its line', () => {
		fixture.write(BETA, moduleMd({ prerequisites: ['gamma'] }));
		expect(fixture.errors()).toEqual([
			issue(BETA, fixture.lineOf(BETA, '- gamma'), 'prerequisites[0]', 'no module `gamma`')
		]);
	});

	it('reports prerequisites that form a cycle', () => {
		fixture.write(ALPHA, moduleMd({ prerequisites: ['beta'] }));
		expect(fixture.errors()).toEqual([
			issue(
				ALPHA,
				fixture.lineOf(ALPHA, 'prerequisites:'),
				'prerequisites',
				'form a cycle: alpha → beta → alpha'
			)
		]);
	});

	it('reports a module that requires itself', () => {
		fixture.write(ALPHA, moduleMd({ prerequisites: ['alpha'] }));
		expect(fixture.errors()).toEqual([
			issue(ALPHA, fixture.lineOf(ALPHA, 'prerequisites:'), 'prerequisites', 'alpha → alpha')
		]);
	});
});

describe('loader: tracks', () => {
	it('reports a track module that does not exist at its line', () => {
		fixture.edit('tracks.yaml', (text) => text.replace('- beta', '- gamma'));
		const errors = fixture.errors();
		expect(errors).toContainEqual(
			issue(
				'tracks.yaml',
				fixture.lineOf('tracks.yaml', '- gamma'),
				'tracks[0].modules[1]',
				'no module `gamma`'
			)
		);
	});

	it('reports a track module that does not include the track audience', () => {
		fixture.write(BETA, moduleMd({ audiences: ['leraar'], prerequisites: ['alpha'] }));
		fixture.remove('02-beta/reflectie-ondersteuner.yaml');
		fixture.writeQuiz(
			'02-beta',
			quizItems('beta', ['deel-3']).map(({ audiences: _, ...item }) => item)
		);
		expect(fixture.errors()).toEqual([
			issue(
				'tracks.yaml',
				fixture.lineOf('tracks.yaml', '- beta', 2),
				'tracks[1].modules[1]',
				'module `beta` is not for `ondersteuner`'
			)
		]);
	});

	it('warns about a module its audience track does not list', () => {
		fixture.edit('tracks.yaml', (text) => text.replace(/- beta\n$/, ''));
		const { warnings } = loadCourse(fixture.root);
		expect(warnings).toEqual([
			issue(
				BETA,
				fixture.lineOf(BETA, 'audiences:'),
				'audiences',
				'track `ondersteuner` does not list it'
			)
		]);
	});

	it('reports a missing tracks.yaml', () => {
		fixture.remove('tracks.yaml');
		expect(fixture.errors()).toContainEqual(issue('tracks.yaml', 1, '-', 'missing'));
	});
});

describe('loader: lessons', () => {
	it('wants at least two lessons', () => {
		fixture.remove('01-alpha/02-les-2.md');
		fixture.writeModule('01-alpha', 'alpha', ['intro-1'], ['deel-2', 'deel-1']);
		expect(fixture.errors()).toEqual([issue(ALPHA, 1, 'lessons', '2 to 4 lessons; found 1')]);
	});

	it('wants at most four lessons', () => {
		for (const n of [3, 4, 5]) fixture.write(`01-alpha/0${n}-extra-${n}.md`, lessonMd('deel-1'));
		expect(fixture.errors()).toEqual([issue(ALPHA, 1, 'lessons', 'found 5')]);
	});

	it('reports a section without {bron: …} at its heading line', () => {
		const file = '01-alpha/01-les-1.md';
		fixture.edit(file, (text) => `${text}\n## Zonder bron\n\nTekst.\n`);
		expect(fixture.errors()).toEqual([
			issue(file, fixture.lineOf(file, '## Zonder bron'), '## Zonder bron', 'no `{bron: …}`')
		]);
	});

	it('reports an unclosed variant block at its line', () => {
		const file = '01-alpha/01-les-1.md';
		fixture.edit(file, (text) => `${text}\n:::leraar\nOpen blok.\n`);
		expect(fixture.errors()).toEqual([
			issue(file, fixture.lineOf(file, ':::leraar', 2), 'markdown', 'never closed')
		]);
	});

	it('reports two lessons with the same number or slug', () => {
		fixture.write('01-alpha/02-les-1.md', lessonMd('deel-1'));
		const errors = fixture.errors();
		expect(errors).toContainEqual(
			issue(
				'01-alpha/02-les-2.md',
				1,
				'-',
				'lesson number is also used by modules/01-alpha/02-les-1.md'
			)
		);
		expect(errors).toContainEqual(
			issue(
				'01-alpha/02-les-1.md',
				1,
				'-',
				'lesson slug is also used by modules/01-alpha/01-les-1.md'
			)
		);
	});

	it('counts a lesson with invalid front matter towards the lesson count', () => {
		fixture.edit('01-alpha/02-les-2.md', (text) =>
			text.replace('title: Les', 'title: Les\nminutes: 3')
		);
		expect(fixture.errors()).toEqual([
			issue('01-alpha/02-les-2.md', 3, 'minutes', 'unknown field')
		]);
	});

	it('reports a badly named lesson file', () => {
		fixture.write('01-alpha/les.md', lessonMd('deel-1'));
		expect(fixture.errors()).toEqual([issue('01-alpha/les.md', 1, '-', 'NN-slug.md')]);
	});
});
