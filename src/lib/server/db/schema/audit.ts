import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './auth';

/**
 * Who did what to whose data: e.g. a trainer opening a learner's reflection. The learner can see
 * the events about their own work.
 */
export const auditEvent = pgTable(
	'audit_event',
	{
		id: text('id').primaryKey(),
		actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
		subjectUserId: text('subject_user_id').references(() => user.id, { onDelete: 'cascade' }),
		/** reflection-read | role-changed | cohort-member-removed | … */
		kind: text('kind').notNull(),
		target: text('target'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_event_subject_idx').on(t.subjectUserId, t.at)]
);
