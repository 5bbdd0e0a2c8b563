import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from './auth';

export type ReflectionFields = Record<string, string>;

/**
 * A learner's work on one reflection exercise: the current draft plus its sequence number.
 * Every save must name the sequence it started from; a stale one is refused, never merged.
 */
export const reflection = pgTable(
	'reflection',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		moduleSlug: text('module_slug').notNull(),
		/** Reflection exercise id from the content (`<module>-reflectie-<audience>`). */
		exerciseId: text('exercise_id').notNull(),
		draft: jsonb('draft').$type<ReflectionFields>().notNull(),
		sequence: integer('sequence').notNull().default(0),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** Set once the learner has submitted at least one version. */
		submittedAt: timestamp('submitted_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('reflection_user_exercise_key').on(t.userId, t.exerciseId),
		index('reflection_submitted_idx').on(t.submittedAt)
	]
);

/** Every submission is kept; revising creates a new version. */
export const reflectionVersion = pgTable(
	'reflection_version',
	{
		id: text('id').primaryKey(),
		reflectionId: text('reflection_id')
			.notNull()
			.references(() => reflection.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		fields: jsonb('fields').$type<ReflectionFields>().notNull(),
		contentVersion: text('content_version').notNull(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('reflection_version_key').on(t.reflectionId, t.version)]
);

/** Trainer feedback on a version, in three parts (Hattie & Timperley), and the learner's reply. */
export const reflectionFeedback = pgTable(
	'reflection_feedback',
	{
		id: text('id').primaryKey(),
		versionId: text('version_id')
			.notNull()
			.references(() => reflectionVersion.id, { onDelete: 'cascade' }),
		trainerId: text('trainer_id').references(() => user.id, { onDelete: 'set null' }),
		goal: text('goal').notNull(),
		progress: text('progress').notNull(),
		nextStep: text('next_step').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** One reply per feedback. */
		reply: text('reply'),
		repliedAt: timestamp('replied_at', { withTimezone: true })
	},
	(t) => [index('reflection_feedback_version_idx').on(t.versionId)]
);

/** "Hoe ging het?": the learner's look back on the voornemen of an earlier module. */
export const intentionCheckin = pgTable(
	'intention_checkin',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** The module whose reflection held the voornemen. */
		fromModuleSlug: text('from_module_slug').notNull(),
		answer: text('answer').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('intention_checkin_key').on(t.userId, t.fromModuleSlug)]
);
