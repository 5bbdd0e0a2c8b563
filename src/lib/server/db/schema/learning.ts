import {
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { user } from './auth';

/** A learner taking a track, on their own or through a group. Content ids are stable text. */
export const enrolment = pgTable(
	'enrolment',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		trackId: text('track_id').notNull(),
		enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.trackId] })]
);

export const lessonProgress = pgTable(
	'lesson_progress',
	{
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		moduleSlug: text('module_slug').notNull(),
		lessonSlug: text('lesson_slug').notNull(),
		readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.moduleSlug, t.lessonSlug] }),
		index('lesson_progress_module_idx').on(t.moduleSlug)
	]
);

/** Any learner activity, for "last active" and the trainer's timeline; one row per event. */
export const activity = pgTable(
	'activity',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** lesson-read | quiz-submitted | reflection-submitted | review-answered | module-completed | … */
		kind: text('kind').notNull(),
		moduleSlug: text('module_slug'),
		/** A lesson slug, attempt id, reflection id: what the event is about. */
		subject: text('subject'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('activity_user_at_idx').on(t.userId, t.at)]
);

export const certificate = pgTable(
	'certificate',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		trackId: text('track_id').notNull(),
		/** Printed on the PDF; anyone can check it at /certificaat/<code>. */
		verificationCode: text('verification_code').notNull(),
		/** The name as it was at issue time, so the certificate does not change later. */
		holderName: text('holder_name').notNull(),
		studyMinutes: integer('study_minutes').notNull(),
		issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('certificate_code_key').on(t.verificationCode),
		uniqueIndex('certificate_user_track_key').on(t.userId, t.trackId)
	]
);
