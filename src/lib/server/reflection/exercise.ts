import { error } from '@sveltejs/kit';
import { REQUIRED_FIELDS, type Reflection } from '../../content';
import type { ExerciseView } from '../../reflection/types';
import { getCourse } from '../content';
import type { Database } from '../db/client';
import { requireModule } from '../learning/context';

/** The exercise a stored reflection answers, found by its module and exercise id. */
export function exerciseOf(moduleSlug: string, exerciseId: string): Reflection | undefined {
	const module = getCourse().module(moduleSlug);
	return Object.values(module?.reflections ?? {}).find((r) => r.id === exerciseId);
}

/** The fields a model needs are the ones a submission needs; extra fields stay optional. */
export function requiredFieldIds(exercise: Reflection): string[] {
	const required: readonly string[] = REQUIRED_FIELDS[exercise.model];
	return exercise.fields.filter((field) => required.includes(field.id)).map((field) => field.id);
}

/** Paragraphs of the introduction; the exercises' intros are plain prose without Markdown marks. */
function paragraphs(markdown: string): string[] {
	return markdown
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s+/g, ' ').trim())
		.filter((block) => block !== '');
}

export function exerciseView(exercise: Reflection): ExerciseView {
	const required = requiredFieldIds(exercise);
	return {
		id: exercise.id,
		model: exercise.model,
		title: exercise.title,
		intro: paragraphs(exercise.intro),
		privacyHint: exercise.privacyHint,
		fields: exercise.fields.map((field) => ({
			id: field.id,
			label: field.label,
			prompt: field.prompt,
			help: field.help ?? null,
			kind: field.kind,
			minWords: field.minWords ?? null,
			column: field.column ?? null,
			starters: field.starters ?? [],
			options: (field.options ?? []).map(({ id, label }) => ({ id, label })),
			required: required.includes(field.id)
		}))
	};
}

/**
 * The learner's track, module and the exercise for their audience; 404 when they are not
 * enrolled or the module has no exercise for them.
 */
export async function requireExercise(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string
) {
	const context = await requireModule(db, userId, trackSlug, moduleSlug);
	const exercise = context.course.reflection(context.module.slug, context.audience);
	if (!exercise) error(404, 'not-found');
	return { ...context, exercise };
}
