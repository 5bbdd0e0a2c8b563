import { describe, expect, it } from 'vitest';
import {
	confidenceTable,
	confidentlyWrong,
	misconceptionsFirst
} from '../../../src/lib/analysis/confidence';
import type { FirstAnswer, Share } from '../../../src/lib/analysis/types';

const a = (correct: boolean, confidence: FirstAnswer['confidence']): FirstAnswer => ({
	itemId: 'x',
	response: 'a',
	score: correct ? 1 : 0,
	correct,
	confidence
});

describe('confidence against accuracy', () => {
	it('a table of right and wrong per confidence level, always four rows', () => {
		const table = confidenceTable([
			a(true, 'zeker'),
			a(false, 'zeker'),
			a(false, 'zeker'),
			a(true, 'gok'),
			a(false, null)
		]);
		expect(table).toEqual([
			{ level: 'zeker', right: 1, wrong: 2 },
			{ level: 'twijfel', right: 0, wrong: 0 },
			{ level: 'gok', right: 1, wrong: 0 },
			{ level: 'none', right: 0, wrong: 1 }
		]);
	});

	it('confidently wrong: wrong and sure, over everyone who answered', () => {
		// 2 sure-and-wrong of 5 answers: 2 / 5 = 0.4; a partly right answer counts as wrong.
		const partly: FirstAnswer = { ...a(false, 'zeker'), score: 0.5 };
		expect(
			confidentlyWrong([
				a(true, 'zeker'),
				partly,
				a(false, 'zeker'),
				a(false, 'twijfel'),
				a(true, null)
			])
		).toEqual({ count: 2, total: 5, share: 0.4 });
	});

	it('orders items with confident errors first, by share, then count, then quiz order', () => {
		const item = (position: number, count: number, total: number) => ({
			position,
			confidentWrong: { count, total, share: total ? count / total : null } satisfies Share
		});
		const ordered = misconceptionsFirst([
			item(1, 0, 10), // none: after the flagged ones, in quiz order
			item(2, 1, 10), // 0.10
			item(3, 3, 10), // 0.30
			item(4, 3, 12), // 0.25
			item(5, 0, 0), //  nobody answered
			item(6, 2, 4), //  0.50
			item(7, 1, 10) //  0.10, ties with 2 on share and count: quiz order
		]);
		expect(ordered.map((i) => i.position)).toEqual([6, 3, 4, 2, 7, 1, 5]);
	});

	it('the same share: the larger count first', () => {
		const item = (position: number, count: number, total: number) => ({
			position,
			confidentWrong: { count, total, share: count / total }
		});
		// 1/4 and 2/8 are both 0.25; 2 sure-and-wrong learners weigh more than 1.
		expect(misconceptionsFirst([item(1, 1, 4), item(2, 2, 8)]).map((i) => i.position)).toEqual([
			2, 1
		]);
	});
});
