import { index, pgTable, primaryKey, text, timestamp, date } from 'drizzle-orm/pg-core';
import { user } from './auth';

/** A trainer's group of learners following one track. */
export const cohort = pgTable(
	'cohort',
	{
		id: text('id').primaryKey(),
		name: text('name').notNull(),
		/** Track id from modules/tracks.yaml (`leraar` or `ondersteuner`). */
		trackId: text('track_id').notNull(),
		/** Upper-case, unambiguous characters; regenerating it invalidates the old code and link. */
		joinCode: text('join_code').notNull().unique(),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		ownerId: text('owner_id')
			.notNull()
			.references(() => user.id, { onDelete: 'restrict' }),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('cohort_owner_idx').on(t.ownerId)]
);

export const cohortTrainer = pgTable(
	'cohort_trainer',
	{
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohort.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.cohortId, t.userId] }),
		index('cohort_trainer_user_idx').on(t.userId)
	]
);

/** A learner in a group. Removal keeps the row (and the learner's own work) but ends access. */
export const cohortMember = pgTable(
	'cohort_member',
	{
		cohortId: text('cohort_id')
			.notNull()
			.references(() => cohort.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		removedAt: timestamp('removed_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.cohortId, t.userId] }),
		index('cohort_member_user_idx').on(t.userId)
	]
);

export type Cohort = typeof cohort.$inferSelect;
