import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

import { ROLES, type Role } from '../../../roles';

export const roleEnum = pgEnum('role', ROLES);
export type { Role };

export const user = pgTable(
	'user',
	{
		id: text('id').primaryKey(),
		/** Stored lower-cased; the unique index makes sign-up races safe. */
		email: text('email').notNull(),
		name: text('name').notNull(),
		passwordHash: text('password_hash').notNull(),
		role: roleEnum('role').notNull().default('learner'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('user_email_key').on(sql`lower(${t.email})`)]
);

export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		/** SHA-256 of the token's secret half; the secret itself is never stored. */
		secretHash: text('secret_hash').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** Sliding: moved forward on use, never past the absolute limit below. */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

/** Login throttling, shared by every app instance and kept across restarts. */
export const loginThrottle = pgTable('login_throttle', {
	/** `ip:<address>` or `account:<email>`. */
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
	blockedUntil: timestamp('blocked_until', { withTimezone: true })
});

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
