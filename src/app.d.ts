import type { PublicUser } from '$lib/server/db/queries/users';
import type { LessonAccess } from '$lib/server/learning/lesson-view';

declare global {
	namespace App {
		interface Locals {
			user: PublicUser | null;
			/** `renewed`: this request moved the expiry on, and sends the session cookie again. */
			session: { id: string; expiresAt: Date; renewed: boolean } | null;
			/** The lesson page's enrolment and read state, when the lesson-page hook checked it. */
			lessonAccess?: LessonAccess;
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
