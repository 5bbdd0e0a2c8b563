import type { z } from 'zod';
import { repeats } from './common';

// The rules that tie a reflection exercise to its model, so trainers can compare exercises
// across modules and the next module can ask about the learner's `voornemen`.

type Field = {
	id: string;
	kind: 'text' | 'choice' | 'date';
	column?: 'ik' | 'ander' | undefined;
	starters?: string[] | undefined;
	options?: { id: string; label: string }[] | undefined;
};
type Exercise = { audience: string; model: 'alact' | 'starr'; fields: Field[] };

const ALACT_COLUMNS: Record<string, 'ik' | 'ander'> = {
	'ik-wilde': 'ik',
	'ik-deed': 'ik',
	'ik-dacht': 'ik',
	'ik-voelde': 'ik',
	'ander-wilde': 'ander',
	'ander-deed': 'ander',
	'ander-dacht': 'ander',
	'ander-voelde': 'ander'
};

/** Required field ids per model. */
export const REQUIRED_FIELDS = {
	alact: [
		'situatie',
		...Object.keys(ALACT_COLUMNS),
		'kern',
		'kern-voorwaarde',
		'alternatief-1',
		'alternatief-2',
		'voornemen',
		'voornemen-datum'
	],
	starr: ['situatie', 'taak', 'actie', 'resultaat', 'reflectie', 'voornemen', 'voornemen-datum']
} as const;

/** The conditions from the article that `kern-voorwaarde` offers, with fixed ids and labels. */
export const CONDITION_OPTIONS = [
	{ id: 'intensief', label: 'Intensief en lang genoeg' },
	{ id: 'gedeelde-verantwoordelijkheid', label: 'Gedeelde verantwoordelijkheid' },
	{
		id: 'specifieke-interventies',
		label: 'Specifieke interventies die aansluiten bij de leerling'
	},
	{ id: 'rolduidelijkheid', label: 'Duidelijke rollen en taken' },
	{ id: 'afstemming', label: 'Tijd voor afstemming en overleg' },
	{ id: 'aansturing', label: 'Aansturen en samenwerken' },
	{ id: 'opleiding', label: 'Opleiding en training die aansluiten op de praktijk' },
	{ id: 'schoolleiding', label: 'Visie en keuzes van de schoolleiding' }
] as const;

const MODEL_OF_AUDIENCE: Record<string, Exercise['model']> = {
	leraar: 'alact',
	ondersteuner: 'starr'
};

export function checkReflectionFields(exercise: Exercise, ctx: z.RefinementCtx): void {
	const issue = (path: (string | number)[], message: string) =>
		ctx.addIssue({ code: 'custom', path, message });
	const expectedModel = MODEL_OF_AUDIENCE[exercise.audience];
	if (expectedModel && exercise.model !== expectedModel) {
		issue(['model'], `must be \`${expectedModel}\` for audience \`${exercise.audience}\``);
	}
	const ids = exercise.fields.map((field) => field.id);
	for (const { id, index } of repeats(ids))
		issue(['fields', index, 'id'], `id \`${id}\` is used twice`);
	const missing = REQUIRED_FIELDS[exercise.model].filter((id) => !ids.includes(id));
	if (missing.length > 0) {
		issue(['fields'], `model \`${exercise.model}\` needs fields: ${missing.join(', ')}`);
	}
	exercise.fields.forEach((field, index) => {
		const at = (key: string) => ['fields', index, key];
		if (field.kind === 'choice' && !field.options)
			issue(at('options'), 'a choice field needs options');
		if (field.kind !== 'choice' && field.options)
			issue(at('options'), 'only a choice field has options');
		if (field.id === 'voornemen-datum' && field.kind !== 'date')
			issue(at('kind'), 'must be `date`');
		if (exercise.model === 'starr' && field.kind === 'text' && !field.starters) {
			issue(at('starters'), 'every text field of a starr exercise needs sentence starters');
		}
		if (exercise.model !== 'alact') return;
		const column = ALACT_COLUMNS[field.id];
		if (column && field.column !== column) issue(at('column'), `must be \`${column}\``);
		if (field.id === 'kern-voorwaarde') checkConditionField(field, (key, m) => issue(at(key), m));
	});
}

function checkConditionField(field: Field, issue: (key: string, message: string) => void): void {
	if (field.kind !== 'choice') return issue('kind', 'must be `choice`');
	// Order is free; ids and labels are fixed so that answers compare across modules.
	const key = (o: { id: string; label: string }) => `${o.id}=${o.label}`;
	const given = (field.options ?? []).map(key).sort().join('|');
	const wanted = CONDITION_OPTIONS.map(key).sort().join('|');
	if (given !== wanted) {
		const list = CONDITION_OPTIONS.map((o) => `${o.id} (${o.label})`).join(', ');
		issue('options', `must be exactly these ids and labels: ${list}`);
	}
}
