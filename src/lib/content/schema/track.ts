import { z } from 'zod';
import { audienceSchema, repeats, slugSchema, textSchema } from './common';

/** One learning route through the course, written for one audience. */
export const trackSchema = z
	.strictObject({
		/** Stable id; equal to the audience, because each audience has exactly one track. */
		id: audienceSchema,
		/** URL segment of the track, stable once published. */
		slug: slugSchema,
		/** Title shown to learners and trainers. */
		title: textSchema,
		/** One or two sentences on who the track is for and what it brings. */
		summary: textSchema,
		/** The audience that takes this track; every listed module must include it. */
		audience: audienceSchema,
		/** Module slugs (folder name without its number) in the order the learner takes them. */
		modules: z.array(slugSchema).min(1, { error: 'list at least one module' })
	})
	.superRefine((track, ctx) => {
		if (track.id !== track.audience) {
			ctx.addIssue({
				code: 'custom',
				path: ['id'],
				message: `must equal the audience \`${track.audience}\``
			});
		}
		for (const { id, index } of repeats(track.modules)) {
			ctx.addIssue({ code: 'custom', path: ['modules', index], message: `lists \`${id}\` twice` });
		}
	});
export type Track = z.infer<typeof trackSchema>;

/** `modules/tracks.yaml`: the tracks of the course. */
export const tracksFileSchema = z
	.strictObject({
		/** The tracks, one per audience. */
		tracks: z.array(trackSchema).min(1, { error: 'define at least one track' })
	})
	.superRefine((file, ctx) => {
		for (const { id, index } of repeats(file.tracks.map((track) => track.id))) {
			const path = ['tracks', index, 'id'];
			ctx.addIssue({ code: 'custom', path, message: `track \`${id}\` is defined twice` });
		}
		for (const { id, index } of repeats(file.tracks.map((track) => track.slug))) {
			const path = ['tracks', index, 'slug'];
			ctx.addIssue({ code: 'custom', path, message: `slug \`${id}\` is used twice` });
		}
	});
export type TracksFile = z.infer<typeof tracksFileSchema>;
