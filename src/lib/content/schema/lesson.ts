import { z } from 'zod';
import { audienceListSchema, minutesSchema, textSchema } from './common';

/** Front matter of a lesson file `NN-slug.md`. The body is Markdown; see `lesson-markdown.ts`. */
export const lessonFrontMatterSchema = z.strictObject({
	/** Title of the lesson, shown in the module's lesson list and as the page heading. */
	title: textSchema,
	/** Whole minutes of reading, when the author wants to show it. */
	estimatedMinutes: minutesSchema.min(1, { error: 'must be at least 1' }).optional(),
	/** Who reads this lesson; defaults to the module's audiences and must be a subset of them. */
	audiences: audienceListSchema.optional()
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;
