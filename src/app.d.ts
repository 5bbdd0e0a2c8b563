import type { PublicUser } from '$lib/server/db/queries/users';

declare global {
	namespace App {
		interface Locals {
			user: PublicUser | null;
			session: { id: string; expiresAt: Date } | null;
			/** The request's time; settable in e2e tests only (see $lib/server/http/clock). */
			now: Date;
		}
		interface Error {
			message: string;
			/** Set when the failure is a passing one (the database is unreachable): "try again". */
			retry?: boolean;
		}
	}
}

export {};
