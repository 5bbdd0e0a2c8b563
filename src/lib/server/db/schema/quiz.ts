import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	real,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { user } from './auth';

/**
 * One attempt at a module's quiz. The attempt id doubles as the submission's idempotency key: a
 * repeated submit finds the attempt already submitted and shows the stored result.
 */
export const quizAttempt = pgTable(
	'quiz_attempt',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		moduleSlug: text('module_slug').notNull(),
		/** The audience whose items were asked (leraar | ondersteuner). */
		audience: text('audience').notNull(),
		/** Content version at the start: a later content edit never rewrites this result. */
		contentVersion: text('content_version').notNull(),
		/** The item ids asked, in the order shown. */
		itemIds: jsonb('item_ids').$type<string[]>().notNull(),
		status: text('status', { enum: ['open', 'submitted'] })
			.notNull()
			.default('open'),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		/** Points scored (partial credit summed) and possible, set on submission. */
		points: real('points'),
		maxPoints: integer('max_points'),
		passed: boolean('passed')
	},
	(t) => [
		// At most one open attempt per learner and quiz, whatever the number of tabs or instances.
		uniqueIndex('quiz_attempt_one_open_key')
			.on(t.userId, t.moduleSlug)
			.where(sql`${t.status} = 'open'`),
		index('quiz_attempt_user_module_idx').on(t.userId, t.moduleSlug),
		index('quiz_attempt_module_idx').on(t.moduleSlug, t.submittedAt)
	]
);

export const quizAnswer = pgTable(
	'quiz_answer',
	{
		attemptId: text('attempt_id')
			.notNull()
			.references(() => quizAttempt.id, { onDelete: 'cascade' }),
		itemId: text('item_id').notNull(),
		/** The learner's response as validated against the item type's response schema. */
		response: jsonb('response').notNull(),
		score: real('score').notNull(),
		correct: boolean('correct').notNull(),
		/** zeker | twijfel | gok, or null when not given. */
		confidence: text('confidence', { enum: ['zeker', 'twijfel', 'gok'] })
	},
	(t) => [
		primaryKey({ columns: [t.attemptId, t.itemId] }),
		index('quiz_answer_item_idx').on(t.itemId)
	]
);

/** Leitner box per learner and item; due dates are computed by a pure schedule function. */
export const reviewItem = pgTable(
	'review_item',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		itemId: text('item_id').notNull(),
		moduleSlug: text('module_slug').notNull(),
		box: integer('box').notNull(),
		dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
		/** Wrong while sure: these come first (hypercorrection). */
		confidentError: boolean('confident_error').notNull().default(false),
		lastAnsweredAt: timestamp('last_answered_at', { withTimezone: true }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.itemId] }),
		index('review_item_due_idx').on(t.userId, t.dueAt)
	]
);

export type QuizAttempt = typeof quizAttempt.$inferSelect;
