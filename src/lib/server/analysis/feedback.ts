import { z } from 'zod';
import { MAX_FEEDBACK_CHARS } from '../../analysis/feedback';
import type { Database } from '../db/client';
import { insertFeedback } from '../db/queries/inbox';
import { listVersions } from '../db/queries/reflection';
import { parseForm } from '../http/form';
import type { PublicUser } from '../db/queries/users';
import { requireReadableReflection } from './reflection-page';

const part = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.max(MAX_FEEDBACK_CHARS, { error: 'too-long' });

/**
 * The feedback form: the three prompts of Hattie & Timperley, all required, and the version the
 * trainer was reading, so feedback never lands on a version they have not seen.
 */
export const feedbackFormSchema = z.object({
	version: z
		.string({ error: 'invalid' })
		.regex(/^[1-9]\d{0,5}$/, { error: 'invalid' })
		.transform(Number),
	goal: part,
	progress: part,
	nextStep: part
});
export type FeedbackInput = z.infer<typeof feedbackFormSchema>;

export type FeedbackOutcome =
	{ ok: true; feedbackId: string } | { ok: false; reason: 'stale'; latest: number };

/**
 * Stores feedback on the latest version. When the learner has submitted a newer version since
 * the trainer opened the page, nothing is stored: the trainer reads the new one first.
 */
async function storeFeedback(
	db: Database,
	viewer: PublicUser,
	reflectionId: string,
	input: FeedbackInput,
	now: Date
): Promise<FeedbackOutcome> {
	// Only the newest version's number matters here, not the texts.
	const versions = await listVersions(db, reflectionId);
	const latest = versions.at(-1);
	if (!latest || latest.version !== input.version) {
		return { ok: false, reason: 'stale', latest: latest?.version ?? 0 };
	}
	const feedbackId = await insertFeedback(db, {
		versionId: latest.id,
		trainerId: viewer.id,
		goal: input.goal,
		progress: input.progress,
		nextStep: input.nextStep,
		at: now
	});
	return { ok: true, feedbackId };
}

/** Feedback on a reflection the viewer may read (404 otherwise), from validated input. */
export async function giveFeedback(
	db: Database,
	viewer: PublicUser,
	reflectionId: string,
	input: FeedbackInput,
	now: Date
): Promise<FeedbackOutcome> {
	const found = await requireReadableReflection(db, viewer, reflectionId);
	return storeFeedback(db, viewer, found.id, input, now);
}

const ECHO = ['goal', 'progress', 'nextStep'];

export type FeedbackFormResult =
	| { kind: 'sent' }
	| { kind: 'invalid'; errors: Record<string, string>; values: Record<string, string> }
	| { kind: 'stale'; latest: number; values: Record<string, string> };

/**
 * The form action: access first (so an outsider learns nothing, not even which fields are
 * wrong), then validation, then the store. Every refusal echoes what was typed.
 */
export async function submitFeedbackForm(
	db: Database,
	viewer: PublicUser,
	reflectionId: string,
	formData: FormData,
	now: Date
): Promise<FeedbackFormResult> {
	const found = await requireReadableReflection(db, viewer, reflectionId);
	const form = parseForm(feedbackFormSchema, formData, { echo: ECHO });
	if (!form.ok) return { kind: 'invalid', errors: form.errors, values: form.values };
	const outcome = await storeFeedback(db, viewer, found.id, form.data, now);
	if (outcome.ok) return { kind: 'sent' };
	const { goal, progress, nextStep } = form.data;
	return { kind: 'stale', latest: outcome.latest, values: { goal, progress, nextStep } };
}
