import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, loadCourse } from '$lib/server/content';
import { Fixture, issue, moduleMd, reflection } from './fixture';

let fixture: Fixture;
beforeEach(() => {
	fixture = new Fixture();
});
afterEach(() => fixture.cleanup());

const ALPHA = '01-alpha/module.md';
const BETA = '02-beta/module.md';

describe('loader: reflections', () => {
	const LERAAR = '01-alpha/reflectie-leraar.yaml';

	it('reports a missing reflection for an audience of the module', () => {
		fixture.remove(LERAAR);
		expect(fixture.errors()).toEqual([issue(LERAAR, 1, '-', 'is missing')]);
	});

	it('names the required fields that are missing', () => {
		const exercise = reflection('alpha', 'leraar');
		fixture.writeYaml(LERAAR, {
			...exercise,
			fields: exercise.fields.filter((f) => f.id !== 'voornemen')
		});
		expect(fixture.errors()).toEqual([
			issue(LERAAR, fixture.lineOf(LERAAR, 'fields:'), 'fields', 'needs fields: voornemen')
		]);
	});

	it('reports a starr text field without starters at the field', () => {
		const file = '01-alpha/reflectie-ondersteuner.yaml';
		const exercise = reflection('alpha', 'ondersteuner');
		const fields = exercise.fields.map(({ starters, ...f }) =>
			f.id === 'actie' ? f : { ...f, starters }
		);
		fixture.writeYaml(file, { ...exercise, fields });
		expect(fixture.errors()).toEqual([
			issue(
				file,
				fixture.lineOf(file, '- id: actie'),
				'fields[2].starters',
				'needs sentence starters'
			)
		]);
	});

	it('reports an audience that does not match the file name', () => {
		const exercise = reflection('alpha', 'ondersteuner');
		fixture.writeYaml(LERAAR, { ...exercise, id: 'alpha-x' });
		expect(fixture.errors()).toContainEqual(
			issue(LERAAR, fixture.lineOf(LERAAR, 'audience:'), 'audience', 'must be `leraar`')
		);
	});
});

describe('loader: errors are collected', () => {
	it('reports problems in several files at once', () => {
		fixture.write(ALPHA, moduleMd({ passMark: 10 }));
		fixture.write(BETA, moduleMd({ prerequisites: ['gamma'] }));
		fixture.remove('02-beta/reflectie-ondersteuner.yaml');
		const error = (() => {
			try {
				loadCourse(fixture.root);
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).issues.map((i) => i.file)).toEqual([
			'modules/01-alpha/module.md',
			'modules/02-beta/module.md',
			'modules/02-beta/reflectie-ondersteuner.yaml'
		]);
		expect((error as ContentError).message).toContain('3 content errors');
	});
});
