import { z } from 'zod';
import { passageIdSchema, slugSchema } from './common';

/**
 * A heading of the source article that carries a section anchor (`## Effecten {#effecten}`).
 * Sections are not cited directly; they group passages for display.
 */
export const sourceSectionSchema = z.object({
	/** The anchor after the heading, stable once published. */
	id: slugSchema,
	/** The heading text without the anchor. */
	title: z.string(),
	/** Heading depth: 2 for `##`, 3 for `###`, and so on. */
	level: z.number().int().min(1).max(6),
	/** The id of the enclosing section (one level up), or null for a top-level section. */
	parent: slugSchema.nullable(),
	/** Line of the heading in `artikel.md`, 1-based. */
	line: z.number().int().positive()
});
export type SourceSection = z.infer<typeof sourceSectionSchema>;

/** One paragraph or list item of the source article, the unit that lessons and items cite. */
export const passageSchema = z.object({
	/** The id written at the end of the passage as `{#id}`; never changes once published. */
	id: passageIdSchema,
	/** Id of the closest anchored heading above, or null for the opening passages under the title. */
	section: slugSchema.nullable(),
	/** The passage text (Markdown inline syntax kept), without its id and list marker. */
	text: z.string(),
	/** Line where the passage starts in `artikel.md`, 1-based. */
	line: z.number().int().positive()
});
export type Passage = z.infer<typeof passageSchema>;

/** Front matter of `modules/bron/artikel.md`. */
export const sourceFrontMatterSchema = z.strictObject({
	/** Title of the article as published. */
	title: z.string().min(1),
	/** What the file is, for people who open it. */
	summary: z.string().optional()
});
export type SourceFrontMatter = z.infer<typeof sourceFrontMatterSchema>;
