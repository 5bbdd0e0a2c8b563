import type { Database } from '../client';
import { activity } from '../schema';
import { newId } from '../../auth/tokens';

export type ActivityKind =
	| 'lesson-read'
	| 'quiz-started'
	| 'quiz-submitted'
	| 'review-answered'
	| 'reflection-saved'
	| 'reflection-submitted'
	| 'feedback-replied'
	| 'intention-checked'
	| 'track-enrolled'
	| 'cohort-joined';

export interface ActivityEvent {
	userId: string;
	kind: ActivityKind;
	at: Date;
	moduleSlug?: string;
	subject?: string;
}

/** One row per learner event: "last active" and the trainer's timeline read these. */
export async function recordActivity(db: Database, ...events: ActivityEvent[]) {
	if (events.length === 0) return;
	await db.insert(activity).values(
		events.map((event) => ({
			id: newId(),
			userId: event.userId,
			kind: event.kind,
			moduleSlug: event.moduleSlug ?? null,
			subject: event.subject ?? null,
			at: event.at
		}))
	);
}
