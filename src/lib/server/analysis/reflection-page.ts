import { error } from '@sveltejs/kit';
import type { Reflection } from '../../content';
import type { FieldAnswerView, VersionView } from '../../analysis/views';
import { getCourse } from '../content';
import type { Database } from '../db/client';
import type { ReflectionFields } from '../db/schema';
import { insertAuditEvent } from '../db/queries/audit';
import {
	findScopedReflection,
	versionsWithFields,
	type ScopedReflection
} from '../db/queries/inbox';
import { feedbackFor } from '../reflection/feedback';
import type { PublicUser } from '../db/queries/users';
import { exerciseOf } from '../reflection/exercise';
import { reflectionScope } from './scope';

/** A submitted reflection the viewer may read, or 404: drafts and other groups are invisible. */
export async function requireReadableReflection(
	db: Database,
	viewer: PublicUser,
	reflectionId: string
): Promise<ScopedReflection> {
	const found =
		reflectionId.length <= 64
			? await findScopedReflection(db, reflectionScope(viewer), reflectionId)
			: undefined;
	if (!found) error(404, 'not-found');
	return found;
}

/** The learner's answers under the exercise's labels; fields the exercise no longer has follow. */
export function fieldAnswers(
	exercise: Reflection | undefined,
	fields: ReflectionFields
): FieldAnswerView[] {
	const known = exercise?.fields ?? [];
	const shown = known.map((field): FieldAnswerView => {
		const raw = fields[field.id] ?? '';
		const option = field.options?.find((o) => o.id === raw);
		return {
			id: field.id,
			label: field.label,
			kind: field.kind,
			column: field.column ?? null,
			value: option ? option.label : raw
		};
	});
	const extra = Object.entries(fields)
		.filter(([id]) => !known.some((f) => f.id === id))
		.map(([id, value]): FieldAnswerView => ({ id, label: id, kind: 'text', column: null, value }));
	return [...shown, ...extra];
}

/**
 * Opens a reflection for a trainer (or admin) and records that they read it: every open,
 * including a reload, is an audit event the learner can see.
 */
export async function openReflection(
	db: Database,
	viewer: PublicUser,
	reflectionId: string,
	now: Date
) {
	const found = await requireReadableReflection(db, viewer, reflectionId);
	await insertAuditEvent(db, {
		actorId: viewer.id,
		subjectUserId: found.userId,
		kind: 'reflection-read',
		target: found.id,
		at: now
	});
	const versions = await versionsWithFields(db, found.id);
	const thread = await feedbackFor(db, versions);
	const exercise = exerciseOf(found.moduleSlug, found.exerciseId);
	const views: VersionView[] = versions.map((v) => ({
		version: v.version,
		submittedAt: v.submittedAt.toISOString(),
		fields: fieldAnswers(exercise, v.fields)
	}));
	const latest = views.at(-1);
	if (!latest) error(404, 'not-found');
	return {
		reflection: {
			id: found.id,
			learnerName: found.learnerName,
			groups: found.groups ?? '',
			moduleTitle: getCourse().module(found.moduleSlug)?.title ?? found.moduleSlug,
			exerciseTitle: exercise?.title ?? found.exerciseId,
			model: exercise?.model ?? null
		},
		latest,
		earlier: views.slice(0, -1).reverse(),
		thread
	};
}
