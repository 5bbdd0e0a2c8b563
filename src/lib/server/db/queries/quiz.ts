import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { prepared } from '../prepared';
import { quizAnswer, quizAttempt, type QuizAttempt } from '../schema';

// Quiz attempts and answers. An attempt's id is also its submission's idempotency key.

export type NewAttempt = Pick<
	QuizAttempt,
	'id' | 'userId' | 'moduleSlug' | 'audience' | 'contentVersion' | 'itemIds' | 'startedAt'
>;

/**
 * Inserts an open attempt unless the learner already has one for this quiz: the partial unique
 * index `quiz_attempt_one_open_key` turns the second insert into a no-op. Returns whether this
 * call created it.
 */
export async function insertOpenAttempt(db: Database, attempt: NewAttempt): Promise<boolean> {
	const rows = await db
		.insert(quizAttempt)
		.values({ ...attempt, status: 'open' })
		.onConflictDoNothing()
		.returning({ id: quizAttempt.id });
	return rows.length > 0;
}

export async function findOpenAttempt(
	db: Database,
	userId: string,
	moduleSlug: string
): Promise<QuizAttempt | undefined> {
	const rows = await db
		.select()
		.from(quizAttempt)
		.where(
			and(
				eq(quizAttempt.userId, userId),
				eq(quizAttempt.moduleSlug, moduleSlug),
				eq(quizAttempt.status, 'open')
			)
		)
		.limit(1);
	return rows[0];
}

/** An attempt by id, but only the learner's own: anyone else's is as good as absent. */
export async function findOwnAttempt(
	db: Database,
	userId: string,
	attemptId: string
): Promise<QuizAttempt | undefined> {
	const query = prepared(db, 'own_attempt', (db) =>
		db
			.select()
			.from(quizAttempt)
			.where(
				and(
					eq(quizAttempt.id, sql.placeholder('attemptId')),
					eq(quizAttempt.userId, sql.placeholder('userId'))
				)
			)
			.limit(1)
			.prepare('own_attempt')
	);
	const rows = await query.execute({ attemptId, userId });
	return rows[0];
}

/** Submitted attempts at one quiz, newest first. */
export async function submittedAttempts(
	db: Database,
	userId: string,
	moduleSlug: string
): Promise<QuizAttempt[]> {
	return db
		.select()
		.from(quizAttempt)
		.where(
			and(
				eq(quizAttempt.userId, userId),
				eq(quizAttempt.moduleSlug, moduleSlug),
				eq(quizAttempt.status, 'submitted')
			)
		)
		.orderBy(desc(quizAttempt.submittedAt));
}

/**
 * Closes an attempt only if it is still open. Under a double submission the second
 * transaction waits for the first, then finds the row submitted and gets no row back.
 */
export async function markSubmitted(
	db: Database,
	input: {
		id: string;
		userId: string;
		at: Date;
		points: number;
		maxPoints: number;
		passed: boolean;
	}
): Promise<boolean> {
	const rows = await db
		.update(quizAttempt)
		.set({
			status: 'submitted',
			submittedAt: input.at,
			points: input.points,
			maxPoints: input.maxPoints,
			passed: input.passed
		})
		.where(
			and(
				eq(quizAttempt.id, input.id),
				eq(quizAttempt.userId, input.userId),
				eq(quizAttempt.status, 'open')
			)
		)
		.returning({ id: quizAttempt.id });
	return rows.length > 0;
}

export interface AnswerRow {
	itemId: string;
	/** null when the item was left open (stored as JSON null). */
	response: unknown;
	score: number;
	correct: boolean;
	confidence: 'zeker' | 'twijfel' | 'gok' | null;
}

/**
 * All answers of an attempt in one statement with one parameter: the rows travel as one JSON
 * array. Drizzle's multi-row insert builds a parameter per value, which cost more CPU than the
 * database spends storing them (docs/performance.md).
 */
export async function insertAnswers(db: Database, attemptId: string, answers: AnswerRow[]) {
	if (answers.length === 0) return;
	const rows = JSON.stringify(
		answers.map((a) => ({
			item_id: a.itemId,
			response: a.response,
			score: a.score,
			correct: a.correct,
			confidence: a.confidence
		}))
	);
	// JSON null, not SQL NULL, for an item left open: the column is NOT NULL and "left open" is
	// an answer too.
	await db.execute(sql`
		insert into ${quizAnswer} (attempt_id, item_id, response, score, correct, confidence)
		select ${attemptId}, r.item_id, coalesce(r.response, 'null'::jsonb), r.score, r.correct,
			r.confidence
		from jsonb_to_recordset(${rows}::jsonb)
			as r(item_id text, response jsonb, score real, correct boolean, confidence text)`);
}

const answerColumns = {
	itemId: quizAnswer.itemId,
	response: quizAnswer.response,
	score: quizAnswer.score,
	correct: quizAnswer.correct,
	confidence: quizAnswer.confidence
};

export async function answersOf(db: Database, attemptId: string): Promise<AnswerRow[]> {
	return db.select(answerColumns).from(quizAnswer).where(eq(quizAnswer.attemptId, attemptId));
}

/** The answers of several attempts at once, each tagged with its attempt. */
export async function answersOfAttempts(
	db: Database,
	attemptIds: readonly string[]
): Promise<(AnswerRow & { attemptId: string })[]> {
	if (attemptIds.length === 0) return [];
	return db
		.select({ attemptId: quizAnswer.attemptId, ...answerColumns })
		.from(quizAnswer)
		.where(inArray(quizAnswer.attemptId, [...attemptIds]));
}
