import { error } from '@sveltejs/kit';
import type { FeedbackView } from '../../reflection/types';
import type { Database } from '../db/client';
import { recordActivity } from '../db/queries/activity';
import {
	feedbackOnVersions,
	findFeedbackOf,
	findReflection,
	storeReply
} from '../db/queries/reflection';
import { requireExercise } from './exercise';

/** Feedback on the given versions, each tagged with its version number. */
export async function feedbackFor(
	db: Database,
	versions: readonly { id: string; version: number }[]
): Promise<FeedbackView[]> {
	const numberOf = new Map(versions.map((v) => [v.id, v.version]));
	const rows = await feedbackOnVersions(
		db,
		versions.map((v) => v.id)
	);
	return rows.map((row) => ({
		id: row.id,
		version: numberOf.get(row.versionId) ?? 0,
		trainerName: row.trainerName,
		goal: row.goal,
		progress: row.progress,
		nextStep: row.nextStep,
		createdAt: row.createdAt.toISOString(),
		reply: row.reply,
		repliedAt: row.repliedAt?.toISOString() ?? null
	}));
}

export type ReplyOutcome = { outcome: 'replied' } | { outcome: 'already-replied' };

/**
 * The learner answers a trainer's feedback, once. Feedback on another learner's reflection, or on
 * another exercise, is not found (404), whatever id is sent.
 */
export async function replyToFeedback(
	db: Database,
	input: {
		userId: string;
		trackSlug: string;
		moduleSlug: string;
		feedbackId: string;
		reply: string;
		now: Date;
	}
): Promise<ReplyOutcome> {
	const { module, exercise } = await requireExercise(
		db,
		input.userId,
		input.trackSlug,
		input.moduleSlug
	);
	const reflection = await findReflection(db, input.userId, exercise.id);
	if (!reflection) error(404, 'not-found');
	const stored = await storeReply(db, {
		reflectionId: reflection.id,
		feedbackId: input.feedbackId,
		reply: input.reply,
		at: input.now
	});
	if (!stored) {
		const existing = await findFeedbackOf(db, reflection.id, input.feedbackId);
		if (!existing) error(404, 'not-found');
		return { outcome: 'already-replied' };
	}
	await recordActivity(db, {
		userId: input.userId,
		kind: 'feedback-replied',
		at: input.now,
		moduleSlug: module.slug,
		subject: input.feedbackId
	});
	return { outcome: 'replied' };
}
