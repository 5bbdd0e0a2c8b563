import { error } from '@sveltejs/kit';
import type { ItemResultView, ItemView } from '../../quiz/types';
import type { Database } from '../db/client';
import { answersOf, findOpenAttempt, findOwnAttempt, submittedAttempts } from '../db/queries/quiz';
import type { QuizAttempt } from '../db/schema';
import { ATTEMPT_ID, type QuizContext } from './attempts';
import { percentage } from './grading';
import { itemResult } from './result';
import { attemptScope } from './tokens';
import { itemView } from './view';

// What the quiz pages show. Before submission only `ItemView`s (no answer key, no feedback);
// after submission the stored result with the feedback.

export interface AttemptSummary {
	id: string;
	submittedAt: string;
	points: number;
	maxPoints: number;
	percentage: number;
	passed: boolean;
}

function summary(attempt: QuizAttempt): AttemptSummary {
	const points = attempt.points ?? 0;
	const maxPoints = attempt.maxPoints ?? 0;
	return {
		id: attempt.id,
		submittedAt: (attempt.submittedAt ?? attempt.startedAt).toISOString(),
		points,
		maxPoints,
		percentage: percentage(points, maxPoints),
		passed: attempt.passed === true
	};
}

/** The best attempt counts: highest share of points, the earliest of equals. */
function best(attempts: AttemptSummary[]): AttemptSummary | null {
	let top: AttemptSummary | null = null;
	for (const a of attempts) {
		const share = a.maxPoints > 0 ? a.points / a.maxPoints : 0;
		const topShare = top && top.maxPoints > 0 ? top.points / top.maxPoints : -1;
		if (share >= topShare) top = a;
	}
	return top;
}

function heading(ctx: QuizContext) {
	return { slug: ctx.module.slug, title: ctx.module.title, passMark: ctx.module.passMark };
}

export async function quizHistory(db: Database, userId: string, moduleSlug: string) {
	const history = (await submittedAttempts(db, userId, moduleSlug)).map(summary);
	return { history, best: best(history), passed: history.some((a) => a.passed) };
}

export async function quizPage(db: Database, userId: string, ctx: QuizContext) {
	const [open, history] = await Promise.all([
		findOpenAttempt(db, userId, ctx.module.slug),
		quizHistory(db, userId, ctx.module.slug)
	]);
	const scope = open ? attemptScope(open.id) : null;
	const items: ItemView[] =
		open && scope
			? open.itemIds.flatMap((id, index) => {
					const item = ctx.course.item(id);
					return item ? [itemView(item, index + 1, scope)] : [];
				})
			: [];
	return {
		module: heading(ctx),
		itemCount: ctx.course.itemsFor(ctx.module.slug, ctx.audience).length,
		open: open ? { attemptId: open.id, items } : null,
		...history
	};
}

export type AttemptResult =
	| { status: 'open' }
	| {
			status: 'submitted';
			module: ReturnType<typeof heading>;
			attempt: AttemptSummary;
			items: ItemResultView[];
			best: AttemptSummary | null;
			passed: boolean;
	  };

/** A submitted attempt with its feedback; only the learner's own, of this module, else 404. */
export async function attemptResult(
	db: Database,
	userId: string,
	ctx: QuizContext,
	attemptId: string
): Promise<AttemptResult> {
	const attempt = ATTEMPT_ID.test(attemptId)
		? await findOwnAttempt(db, userId, attemptId)
		: undefined;
	if (!attempt || attempt.moduleSlug !== ctx.module.slug) error(404, 'not-found');
	if (attempt.status === 'open') return { status: 'open' };
	const [answers, { best: top, passed }] = await Promise.all([
		answersOf(db, attempt.id),
		quizHistory(db, userId, ctx.module.slug)
	]);
	const stored = new Map(answers.map((a) => [a.itemId, a]));
	const items = attempt.itemIds.flatMap((id, index) => {
		const answer = stored.get(id);
		return answer ? [itemResult(ctx.course.item(id), index + 1, answer)] : [];
	});
	return {
		status: 'submitted',
		module: heading(ctx),
		attempt: summary(attempt),
		items,
		best: top,
		passed
	};
}
