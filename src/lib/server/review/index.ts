import { getCourse } from '../content';
import type { Database } from '../db/client';
import { formEntries } from '../quiz/form';
import { answerReviews, reviewSession, type ReviewAnswerResult } from './session';

// The herhalen page's entry points. The queue spans all of a learner's tracks: items are
// course-wide, so no track or enrolment is needed to ask them again.

export type { ReviewAnswerResult } from './session';
export { SESSION_SIZE } from './session';

export function loadReviewSession(db: Database, userId: string, now: Date) {
	return reviewSession(db, userId, now, getCourse());
}

export async function answerReviewSession(
	db: Database,
	userId: string,
	formData: FormData,
	now: Date
): Promise<ReviewAnswerResult> {
	return answerReviews(db, userId, formEntries(formData), now, getCourse());
}
