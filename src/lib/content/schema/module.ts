import { z } from 'zod';
import { audienceListSchema, minutesSchema, repeats, slugSchema, textSchema } from './common';

/**
 * Infinitive verbs a learning goal may start with. A closed list keeps goals observable
 * ("Uitleggen …", not "Begrijpen …"), so a module can later show which goals are met.
 */
export const GOAL_VERBS = [
	'Benoemen',
	'Beschrijven',
	'Uitleggen',
	'Onderscheiden',
	'Herkennen',
	'Vergelijken',
	'Toepassen',
	'Beoordelen',
	'Analyseren',
	'Onderbouwen',
	'Plannen',
	'Formuleren',
	'Afspreken',
	'Bespreken',
	'Geven',
	'Voorbereiden',
	'Signaleren',
	'Verwoorden',
	'Kiezen',
	'Reflecteren',
	'Interpreteren',
	'Verklaren'
] as const;

/**
 * Competence tags: the teacher competences of the Besluit bekwaamheidseisen onderwijspersoneel
 * plus `samenwerken`, and the seven EEF recommendations (Sharples et al. 2015) as `eef-1` … `eef-7`.
 */
export const COMPETENCES = [
	'vakinhoudelijk',
	'vakdidactisch',
	'pedagogisch',
	'samenwerken',
	'eef-1',
	'eef-2',
	'eef-3',
	'eef-4',
	'eef-5',
	'eef-6',
	'eef-7'
] as const;
export const competenceSchema = z.enum(COMPETENCES);
export type Competence = z.infer<typeof competenceSchema>;

/** A learning goal; its first word must be one of `GOAL_VERBS`. */
export const goalSchema = textSchema.refine(
	(goal) => (GOAL_VERBS as readonly string[]).includes(goal.trim().split(/\s+/)[0] ?? ''),
	{ error: `must start with one of: ${GOAL_VERBS.join(', ')}` }
);

/** Front matter of a module's `module.md`. */
export const moduleFrontMatterSchema = z.strictObject({
	/** Title of the module, shown in the track overview and on the module page. */
	title: textSchema,
	/** One or two sentences on what the module is about. */
	summary: textSchema,
	/** Who takes this module; each audience needs a track that lists it and its own reflection. */
	audiences: audienceListSchema,
	/** Two to four learning goals, each starting with an allowed infinitive verb. */
	goals: z
		.array(goalSchema)
		.min(2, { error: 'give at least 2 goals' })
		.max(4, { error: 'give at most 4 goals' }),
	/** Whole minutes the module takes, lessons, quiz and reflection together (5 to 240). */
	estimatedMinutes: minutesSchema.min(5, { error: 'must be at least 5' }).max(240, {
		error: 'must be at most 240'
	}),
	/** Percent of the quiz points needed to pass (50 to 100). */
	passMark: z
		.number()
		.int({ error: 'must be a whole percentage' })
		.min(50, { error: 'must be at least 50' })
		.max(100, { error: 'must be at most 100' }),
	/** Slugs of modules that must be completed first; they must exist and form no cycle. */
	prerequisites: z
		.array(slugSchema)
		.default([])
		.superRefine((slugs, ctx) => {
			for (const { id, index } of repeats(slugs)) {
				ctx.addIssue({ code: 'custom', path: [index], message: `lists \`${id}\` twice` });
			}
		}),
	/** Competence tags this module works on. */
	competences: z.array(competenceSchema).default([])
});
export type ModuleFrontMatter = z.infer<typeof moduleFrontMatterSchema>;
