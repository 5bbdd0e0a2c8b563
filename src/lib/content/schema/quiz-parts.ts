import type { z } from 'zod';
import { repeats, textSchema } from './common';

export type Ctx = z.RefinementCtx;

/** Feedback on one choice: one to three plain sentences that say why, pointing to the article. */
export const feedbackSchema = textSchema;

/** Reports every repeated `id` in a list of sub-objects (options, pairs, steps) at its own line. */
export function checkUniqueIds(ids: readonly string[], field: string, ctx: Ctx): void {
	for (const { id, index } of repeats(ids)) {
		const message = `id \`${id}\` is used twice`;
		ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message });
	}
}
