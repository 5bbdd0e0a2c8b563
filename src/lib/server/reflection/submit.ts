import type { FieldErrors, Fields } from '../../reflection/types';
import type { Database } from '../db/client';
import { recordActivity } from '../db/queries/activity';
import { currentDraft, storeDraft, type DraftInput, type SaveOutcome } from './drafts';
import { insertNextVersion, writeDraft } from '../db/queries/reflection';
import { requireExercise, requiredFieldIds } from './exercise';
import { cleanFields, requiredErrors } from './validate';

export type SubmitOutcome =
	| { outcome: 'submitted'; version: number; sequence: number; savedAt: string; fields: Fields }
	/** Required fields are empty: nothing is submitted, but the text is saved as the draft. */
	| {
			outcome: 'incomplete';
			errors: FieldErrors;
			sequence: number;
			savedAt: string;
			fields: Fields;
	  }
	| Exclude<SaveOutcome, { outcome: 'saved' }>;

/**
 * Submits the learner's text as the next version. The draft, the version and the activity are
 * written in one transaction, and only on top of the sequence the learner saw: a submission
 * from a stale tab is refused like a stale save. Word minimums are advice and never block.
 */
export async function submitReflection(db: Database, input: DraftInput): Promise<SubmitOutcome> {
	const { course, module, exercise } = await requireExercise(
		db,
		input.userId,
		input.trackSlug,
		input.moduleSlug
	);
	const clean = cleanFields(exercise, input.fields);
	if (!clean.ok) return { outcome: 'invalid', errors: clean.errors };
	const write = {
		userId: input.userId,
		moduleSlug: module.slug,
		exercise,
		given: input.sequence,
		fields: clean.fields
	};
	const missing = requiredErrors(requiredFieldIds(exercise), clean.fields);
	if (Object.keys(missing).length > 0) {
		const saved = await storeDraft(db, write, input.now);
		if (saved.outcome !== 'saved') return saved;
		return { ...saved, outcome: 'incomplete', errors: missing };
	}
	return db.transaction(async (tx): Promise<SubmitOutcome> => {
		const row = await writeDraft(tx, {
			userId: write.userId,
			moduleSlug: write.moduleSlug,
			exerciseId: exercise.id,
			given: write.given,
			fields: write.fields,
			at: input.now,
			submitted: true
		});
		if (!row)
			return { outcome: 'conflict', current: await currentDraft(tx, input.userId, exercise.id) };
		const version = await insertNextVersion(tx, {
			reflectionId: row.id,
			fields: write.fields,
			contentVersion: course.version,
			at: input.now
		});
		await recordActivity(tx, {
			userId: input.userId,
			kind: 'reflection-submitted',
			at: input.now,
			moduleSlug: module.slug,
			subject: row.id
		});
		const savedAt = row.at.toISOString();
		return { outcome: 'submitted', version, sequence: row.sequence, savedAt, fields: write.fields };
	});
}
