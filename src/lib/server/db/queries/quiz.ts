import { and, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { newId } from '../../auth/tokens';
import { prepared } from '../prepared';
import { activity, quizAnswer, quizAttempt, type QuizAttempt } from '../schema';
import type { ActivityKind } from './activity';
import { enrolledSubquery } from './enrolment';
import { insertReviewRows, REPLACE_QUEUED, type ReviewRow } from './review';

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

/** The learner's own attempt by id (placeholders `attemptId`, `userId`), and more conditions. */
function ownAttemptQuery(db: Database, ...more: SQL[]) {
	return db
		.select()
		.from(quizAttempt)
		.where(
			and(
				eq(quizAttempt.id, sql.placeholder('attemptId')),
				eq(quizAttempt.userId, sql.placeholder('userId')),
				...more
			)
		)
		.limit(1);
}

/** An attempt by id, but only the learner's own: anyone else's is as good as absent. */
export async function findOwnAttempt(
	db: Database,
	userId: string,
	attemptId: string
): Promise<QuizAttempt | undefined> {
	const query = prepared(db, 'own_attempt', (db) => ownAttemptQuery(db).prepare('own_attempt'));
	const rows = await query.execute({ attemptId, userId });
	return rows[0];
}

/**
 * The learner's own attempt, and only while they are enrolled in the track: a quiz submission's
 * two checks in one round trip.
 */
export async function findOwnAttemptWhileEnrolled(
	db: Database,
	input: { userId: string; attemptId: string; trackId: string }
): Promise<QuizAttempt | undefined> {
	const query = prepared(db, 'own_attempt_enrolled', (db) =>
		ownAttemptQuery(
			db,
			exists(enrolledSubquery(db, quizAttempt.userId, sql.placeholder('trackId')))
		).prepare('own_attempt_enrolled')
	);
	const rows = await query.execute(input);
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

export interface AnswerRow {
	itemId: string;
	/** null when the item was left open (stored as JSON null). */
	response: unknown;
	score: number;
	correct: boolean;
	confidence: 'zeker' | 'twijfel' | 'gok' | null;
}

/** Answer rows as one JSON parameter; see insertAnswers. */
function answersJson(answers: readonly AnswerRow[]): string {
	return JSON.stringify(
		answers.map((a) => ({
			item_id: a.itemId,
			response: a.response,
			score: a.score,
			correct: a.correct,
			confidence: a.confidence
		}))
	);
}

/** The columns of `answersJson` as a row source; JSON null stays JSON null (see insertAnswers). */
const answersFrom = (json: string) => sql`
	select r.item_id, coalesce(r.response, 'null'::jsonb) as response, r.score, r.correct,
		r.confidence
	from jsonb_to_recordset(${json}::jsonb)
		as r(item_id text, response jsonb, score real, correct boolean, confidence text)`;

/**
 * All answers of an attempt in one statement with one parameter: the rows travel as one JSON
 * array. Drizzle's multi-row insert builds a parameter per value, which cost more CPU than the
 * database spends storing them (docs/performance.md). An item left open is stored as JSON null,
 * not SQL NULL: the column is NOT NULL and "left open" is an answer too.
 */
export async function insertAnswers(db: Database, attemptId: string, answers: AnswerRow[]) {
	if (answers.length === 0) return;
	await db.execute(sql`
		insert into ${quizAnswer} (attempt_id, item_id, response, score, correct, confidence)
		select ${attemptId}, a.* from (${answersFrom(answersJson(answers))}) as a`);
}

/**
 * A graded submission in one statement, so in one transaction: closes the attempt if it is still
 * open, stores its answers, records the activity and applies the review-queue changes (rows that
 * replace what is queued, and rows that enter only when the item is not queued yet). All or
 * nothing, and nothing when the attempt was no longer open (the other click submitted first:
 * under a double submission the second statement waits for the first, then finds the attempt
 * submitted).
 */
export async function storeSubmission(
	db: Database,
	input: {
		id: string;
		userId: string;
		moduleSlug: string;
		at: Date;
		points: number;
		maxPoints: number;
		passed: boolean;
		answers: readonly AnswerRow[];
		queue: { replace: readonly ReviewRow[]; addIfAbsent: readonly ReviewRow[] };
	}
): Promise<void> {
	const at = input.at.toISOString();
	const kind: ActivityKind = 'quiz-submitted';
	await db.execute(sql`
		with closed as (
			update ${quizAttempt}
			set status = 'submitted', submitted_at = ${at}::timestamptz, points = ${input.points},
				max_points = ${input.maxPoints}, passed = ${input.passed}
			where id = ${input.id} and user_id = ${input.userId} and status = 'open'
			returning id
		), answers as (
			insert into ${quizAnswer} (attempt_id, item_id, response, score, correct, confidence)
			select closed.id, a.* from closed, (${answersFrom(answersJson(input.answers))}) as a
		), event as (
			insert into ${activity} (id, user_id, kind, module_slug, subject, at)
			select ${newId()}, ${input.userId}, ${kind}, ${input.moduleSlug}, closed.id,
				${at}::timestamptz
			from closed
		), replaced as (
			${insertReviewRows(input.queue.replace, sql`, closed`)}
			${REPLACE_QUEUED}
		), added as (
			${insertReviewRows(input.queue.addIfAbsent, sql`, closed`)}
			on conflict (user_id, item_id) do nothing
		)
		select from closed`);
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
