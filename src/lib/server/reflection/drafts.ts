import type { Reflection } from '../../content';
import type { FieldErrors, Fields, ServerDraft } from '../../reflection/types';
import type { Database } from '../db/client';
import { findReflection, writeDraft, type ReflectionRow } from '../db/queries/reflection';
import { requireExercise } from './exercise';
import { cleanFields } from './validate';

export type SaveOutcome =
	| { outcome: 'saved'; sequence: number; savedAt: string; fields: Fields }
	| { outcome: 'conflict'; current: ServerDraft }
	| { outcome: 'invalid'; errors: FieldErrors };

export interface DraftInput {
	userId: string;
	trackSlug: string;
	moduleSlug: string;
	/** The sequence the learner's edits started from. */
	sequence: number;
	/** Untrusted: field id → value, as sent. */
	fields: Record<string, unknown>;
	now: Date;
}

/** The draft held in a reflection row, or an empty one before the first save. */
export function draftOf(row: ReflectionRow | undefined): ServerDraft {
	if (!row) return { sequence: 0, fields: {}, savedAt: null };
	return { sequence: row.sequence, fields: row.draft, savedAt: row.updatedAt.toISOString() };
}

export async function currentDraft(
	db: Database,
	userId: string,
	exerciseId: string
): Promise<ServerDraft> {
	return draftOf(await findReflection(db, userId, exerciseId));
}

/** Stores clean fields on top of `given`, or reports the newer draft that is in the way. */
export async function storeDraft(
	db: Database,
	write: {
		userId: string;
		moduleSlug: string;
		exercise: Reflection;
		given: number;
		fields: Fields;
	},
	now: Date
): Promise<Exclude<SaveOutcome, { outcome: 'invalid' }>> {
	const row = await writeDraft(db, {
		userId: write.userId,
		moduleSlug: write.moduleSlug,
		exerciseId: write.exercise.id,
		given: write.given,
		fields: write.fields,
		at: now
	});
	if (row) {
		const savedAt = row.at.toISOString();
		return { outcome: 'saved', sequence: row.sequence, savedAt, fields: write.fields };
	}
	return { outcome: 'conflict', current: await currentDraft(db, write.userId, write.exercise.id) };
}

/** A draft save from the form or the autosave: validated, then stored only if not stale. */
export async function saveDraft(db: Database, input: DraftInput): Promise<SaveOutcome> {
	const { module, exercise } = await requireExercise(
		db,
		input.userId,
		input.trackSlug,
		input.moduleSlug
	);
	const clean = cleanFields(exercise, input.fields);
	if (!clean.ok) return { outcome: 'invalid', errors: clean.errors };
	return storeDraft(
		db,
		{
			userId: input.userId,
			moduleSlug: module.slug,
			exercise,
			given: input.sequence,
			fields: clean.fields
		},
		input.now
	);
}
