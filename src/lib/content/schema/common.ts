import { z } from 'zod';

/** The two audiences of the course; each is also the id of the track written for it. */
export const AUDIENCES = ['leraar', 'ondersteuner'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;

/** Lower-case words joined by single hyphens: the shape of every stable id and slug. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable id or slug. Ids are stored in the database, so their shape is kept simple. */
export const slugSchema = z
	.string()
	.regex(SLUG_PATTERN, { error: 'must be lower-case words joined by hyphens (a-z, 0-9, -)' });

/** Text an author must fill in: a string with at least one non-blank character. */
export const textSchema = z
	.string()
	.refine((value) => value.trim().length > 0, { error: 'must not be empty' });

/** The id of a passage in `modules/bron/artikel.md`, written there as `{#id}`. */
export const passageIdSchema = slugSchema;

/** One or more passage ids that a piece of content rests on; no id twice. */
export const passageListSchema = z
	.array(passageIdSchema)
	.min(1, { error: 'name at least one passage' })
	.refine((ids) => new Set(ids).size === ids.length, { error: 'lists a passage id twice' });

/** A list of audiences, at least one, none twice. */
export const audienceListSchema = z
	.array(audienceSchema)
	.min(1, { error: 'name at least one audience' })
	.refine((list) => new Set(list).size === list.length, { error: 'lists an audience twice' });

/** Whole minutes a learner needs. */
export const minutesSchema = z.number().int({ error: 'must be whole minutes' });

/** Every repeated occurrence of an id in a list, with its index, so errors can point at it. */
export function repeats(ids: readonly string[]): { id: string; index: number }[] {
	const seen = new Set<string>();
	const found: { id: string; index: number }[] = [];
	ids.forEach((id, index) => {
		if (seen.has(id)) found.push({ id, index });
		seen.add(id);
	});
	return found;
}
