import type { Database } from '../db/client';
import { locateModule, requireModule } from '../learning/context';
import { startAttempt, submitAttempt, type QuizContext, type SubmitResult } from './attempts';
import { formEntries } from './form';
import { attemptResult, quizPage } from './pages';

// The quiz pages' entry points: one call per load or action. Each resolves the learner's track
// and module first (404 when not enrolled), then does its one job.

export type { SubmitResult } from './attempts';
export type { AttemptResult, AttemptSummary } from './pages';

async function context(db: Database, userId: string, trackSlug: string, moduleSlug: string) {
	const ctx = await requireModule(db, userId, trackSlug, moduleSlug);
	const quiz: QuizContext = { course: ctx.course, module: ctx.module, audience: ctx.audience };
	return { quiz, track: { slug: ctx.track.slug, title: ctx.track.title } };
}

export async function loadQuizPage(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string
) {
	const { quiz, track } = await context(db, userId, trackSlug, moduleSlug);
	return { track, ...(await quizPage(db, userId, quiz)) };
}

export async function startQuiz(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string,
	now: Date
) {
	const { quiz } = await context(db, userId, trackSlug, moduleSlug);
	return startAttempt(db, userId, quiz, now);
}

/** Grades a submitted quiz form; the form's `attempt` field is the idempotency key. */
export async function submitQuiz(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string,
	formData: FormData,
	now: Date
): Promise<SubmitResult> {
	// The enrolment is checked with the attempt, in one query (the hottest write a learner makes).
	const { course, module, audience, track } = locateModule(trackSlug, moduleSlug);
	const quiz: QuizContext = { course, module, audience, uncheckedTrackId: track.id };
	const entries = formEntries(formData);
	return submitAttempt(db, userId, quiz, entries.get('attempt')?.[0] ?? '', entries, now);
}

export async function loadAttemptResult(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string,
	attemptId: string
) {
	const { quiz, track } = await context(db, userId, trackSlug, moduleSlug);
	return { track, result: await attemptResult(db, userId, quiz, attemptId) };
}
