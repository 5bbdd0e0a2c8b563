import { describe, expect, it } from 'vitest';
import {
	lockedBy,
	moduleStatus,
	nextInModule,
	scorePercent,
	stillNeeded
} from '../../../src/lib/server/learning/progress';
import { completeFacts, facts, spec } from './builders';

describe('moduleStatus', () => {
	it('is not started without any work', () => {
		expect(moduleStatus(facts())).toBe('not-started');
	});

	it('is in progress after one lesson, a quiz attempt or a reflection draft', () => {
		expect(moduleStatus(facts({ readLessons: ['een'] }))).toBe('in-progress');
		expect(moduleStatus(facts({ quizStarted: true }))).toBe('in-progress');
		expect(moduleStatus(facts({ reflectionStarted: true }))).toBe('in-progress');
	});

	it('is completed only when the completion rule says so', () => {
		expect(moduleStatus(completeFacts())).toBe('completed');
		expect(moduleStatus({ ...completeFacts(), complete: false })).toBe('in-progress');
	});
});

describe('stillNeeded', () => {
	it('lists lessons, quiz and reflection for an untouched module', () => {
		expect(stillNeeded(facts(), 70)).toEqual([
			{ kind: 'lessons', read: 0, total: 3 },
			{ kind: 'quiz', bestPercent: null, passMark: 70 },
			{ kind: 'reflection', started: false }
		]);
	});

	it('shows the best score against the pass mark, and a saved draft', () => {
		const needs = stillNeeded(
			facts({ readLessons: ['een', 'twee', 'drie'], bestScore: 0.625, reflectionStarted: true }),
			70
		);
		expect(needs).toEqual([
			{ kind: 'quiz', bestPercent: 62, passMark: 70 },
			{ kind: 'reflection', started: true }
		]);
	});

	it('needs only the reflection once lessons are read and the quiz is passed', () => {
		const needs = stillNeeded(
			facts({ readLessons: ['een', 'twee', 'drie'], bestScore: 0.9, quizPassed: true }),
			70
		);
		expect(needs).toEqual([{ kind: 'reflection', started: false }]);
	});

	it('needs nothing for a complete module', () => {
		expect(stillNeeded(completeFacts(), 70)).toEqual([]);
	});
});

describe('scorePercent', () => {
	it('rounds down, so that a near miss never reads as the pass mark', () => {
		expect(scorePercent(0.696)).toBe(69);
		expect(scorePercent(0.7)).toBe(70);
		// 0.7 stored as a 4-byte real comes back as 0.69999998…
		expect(scorePercent(Math.fround(0.7))).toBe(70);
		expect(scorePercent(1)).toBe(100);
		expect(scorePercent(0)).toBe(0);
	});
});

describe('lockedBy', () => {
	const track = new Set(['a', 'b', 'c']);

	it('names the prerequisites that are not complete yet', () => {
		expect(lockedBy(spec('c', ['a', 'b']), new Set(['a']), track)).toEqual(['b']);
		expect(lockedBy(spec('c', ['a', 'b']), new Set(['a', 'b']), track)).toEqual([]);
	});

	it('ignores prerequisites outside the track, which the learner could never complete here', () => {
		expect(lockedBy(spec('c', ['elders']), new Set(), track)).toEqual([]);
	});

	it('never locks a module that is already complete', () => {
		expect(lockedBy(spec('c', ['a']), new Set(['c']), track)).toEqual([]);
	});
});

describe('nextInModule', () => {
	it('opens the first unread lesson, in the module order', () => {
		expect(nextInModule(spec('a'), facts({ readLessons: ['een', 'drie'] }))).toEqual({
			kind: 'lesson',
			module: 'a',
			lesson: 'twee'
		});
	});

	it('goes to the quiz once every lesson is read, then to the reflection', () => {
		const read = ['een', 'twee', 'drie'];
		expect(nextInModule(spec('a'), facts({ readLessons: read }))).toEqual({
			kind: 'quiz',
			module: 'a'
		});
		expect(nextInModule(spec('a'), facts({ readLessons: read, quizPassed: true }))).toEqual({
			kind: 'reflection',
			module: 'a'
		});
	});

	it('goes to the quiz while it is not passed, even with the reflection submitted', () => {
		const state = facts({
			readLessons: ['een', 'twee', 'drie'],
			bestScore: 0.4,
			reflectionSubmitted: true
		});
		expect(nextInModule(spec('a'), state)).toEqual({ kind: 'quiz', module: 'a' });
	});

	it('has nothing left in a complete module', () => {
		expect(nextInModule(spec('a'), completeFacts())).toBeNull();
	});
});
