import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCourse } from '$lib/server/content';
import { Fixture, issue, quizItems, reflection } from './fixture';

let fixture: Fixture;
beforeEach(() => {
	fixture = new Fixture();
});
afterEach(() => fixture.cleanup());

const ARTICLE = 'bron/artikel.md';

describe('loader: passage references', () => {
	it('reports an unknown passage in a lesson section at its heading', () => {
		const file = '01-alpha/01-les-1.md';
		fixture.edit(file, (text) => text.replace('{bron: intro-1}', '{bron: intro-1 nergens-1}'));
		expect(fixture.errors()).toEqual([
			issue(file, fixture.lineOf(file, 'nergens-1'), '## Kop', 'unknown passage `nergens-1`')
		]);
	});

	it('reports an unknown passage in a quiz item at its passages line', () => {
		const items = quizItems('alpha', ['deel-2']).map((item, i) =>
			i === 2 ? { ...item, passages: ['deel-2', 'nergens-2'] } : item
		);
		fixture.writeQuiz('01-alpha', items);
		const file = '01-alpha/quiz.yaml';
		const line = fixture.lineOf(file, 'passages:', 3);
		expect(fixture.errors()).toEqual([
			issue(file, line, 'passages', 'unknown passage `nergens-2`')
		]);
	});

	it('reports an unknown passage in a reflection', () => {
		const file = '02-beta/reflectie-leraar.yaml';
		fixture.writeYaml(file, { ...reflection('beta', 'leraar'), passages: ['nergens-3'] });
		expect(fixture.errors()).toEqual([
			issue(file, fixture.lineOf(file, 'passages:'), 'passages', 'unknown passage `nergens-3`')
		]);
	});

	it('reports every uncited passage at its line in the article', () => {
		fixture.writeQuiz('02-beta', quizItems('beta', ['deel-2']));
		expect(fixture.errors()).toEqual([
			issue(
				ARTICLE,
				fixture.lineOf(ARTICLE, '{#deel-3}'),
				'coverage',
				'passage `deel-3` is not cited'
			)
		]);
	});

	it('does not count reflections towards coverage', () => {
		fixture.writeQuiz('01-alpha', quizItems('alpha', ['deel-3']));
		fixture.writeYaml('01-alpha/reflectie-leraar.yaml', {
			...reflection('alpha', 'leraar'),
			passages: ['deel-2']
		});
		expect(fixture.errors()).toEqual([
			issue(ARTICLE, fixture.lineOf(ARTICLE, '{#deel-2}'), 'coverage', 'not cited')
		]);
	});
});

describe('loader: the article', () => {
	it('reports a paragraph without passage id', () => {
		fixture.edit(ARTICLE, (text) => `${text}\nEen losse alinea.\n`);
		expect(fixture.errors()).toEqual([
			issue(
				ARTICLE,
				fixture.lineOf(ARTICLE, 'Een losse alinea.'),
				'passage',
				'does not end with a passage id'
			)
		]);
	});

	it('reports a duplicate passage id', () => {
		fixture.edit(ARTICLE, (text) => `${text}\nNog een alinea. {#deel-1}\n`);
		expect(fixture.errors()).toEqual([
			issue(
				ARTICLE,
				fixture.lineOf(ARTICLE, 'Nog een alinea.'),
				'passage',
				`already used on line ${fixture.lineOf(ARTICLE, 'Eerste alinea.')}`
			)
		]);
	});

	it('reports coverage as a share with the uncited ids', () => {
		const { coverage } = loadCourse(fixture.root);
		expect(coverage.share).toBe(1);
		expect(coverage.uncited).toEqual([]);
	});
});

describe('loader: warnings', () => {
	it('warns about hard text in a lesson the assistant track reads', () => {
		const file = '01-alpha/01-les-1.md';
		const hard =
			'De implementatie van gedifferentieerde onderwijsarrangementen vereist systematische afstemming tussen leerkrachten, onderwijsassistenten en intern begeleiders, teneinde de continuïteit van de ondersteuningsstructuur binnen de schoolorganisatie te waarborgen.';
		fixture.edit(file, (text) =>
			text.replace('Je helpt de klas. De leraar legt uit.', `${hard} ${hard} ${hard}`)
		);
		const { warnings } = loadCourse(fixture.root);
		expect(warnings.map((w) => [w.file, w.line, w.field])).toEqual([
			[`modules/${file}`, 1, 'readability'],
			[`modules/${file}`, 1, 'readability']
		]);
		expect(warnings[0]?.message).toMatch(/^Flesch-Douma -?\d+ for the assistant track/);
		expect(warnings[1]?.message).toContain('words per sentence');
	});

	it('does not measure teacher-only text for the assistant track', () => {
		const file = '01-alpha/01-les-1.md';
		const hard =
			'De implementatie van gedifferentieerde onderwijsarrangementen vereist systematische afstemming tussen leerkrachten en onderwijsassistenten.';
		fixture.edit(file, (text) => text.replace('Jij stuurt de ondersteuner aan.', hard));
		expect(loadCourse(fixture.root).warnings).toEqual([]);
	});

	it('warns about feedback longer than three sentences at its line', () => {
		const long = 'Een. Twee. Drie. Vier.';
		const items = quizItems('alpha', ['deel-2']).map((item, i) =>
			i === 2 ? { ...item, feedbackTrue: long } : item
		);
		fixture.writeQuiz('01-alpha', items);
		const file = '01-alpha/quiz.yaml';
		expect(loadCourse(fixture.root).warnings).toEqual([
			issue(
				file,
				fixture.lineOf(file, 'feedbackTrue: Een.'),
				'items[2].feedbackTrue',
				'4 sentences'
			)
		]);
	});
});
