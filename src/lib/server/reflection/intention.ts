import { error } from '@sveltejs/kit';
import type { IntentionPrompt } from '../../reflection/types';
import type { Database } from '../db/client';
import { getCourse } from '../content';
import { recordActivity } from '../db/queries/activity';
import { hasCheckin, insertCheckin, latestSubmittedFields } from '../db/queries/reflection';
import { requireModule } from '../learning/context';

// "Hoe ging het?": the voornemen a learner wrote in an earlier module comes back at the start of
// the next one, once, which closes the ALACT cycle (Korthagen) and the STARR one.

/** The earlier modules of the track, nearest first, with the learner's exercise in each. */
function earlierExercises(trackId: string, moduleSlug: string) {
	const course = getCourse();
	const track = course.track(trackId);
	if (!track) return [];
	const modules = course.trackModules(trackId);
	const index = modules.findIndex((module) => module.slug === moduleSlug);
	return modules
		.slice(0, Math.max(index, 0))
		.reverse()
		.flatMap((module) => {
			const exercise = course.reflection(module.slug, track.audience);
			return exercise ? [{ module, exercise }] : [];
		});
}

/**
 * The voornemen of the nearest earlier module (in the track's order) whose reflection the learner
 * submitted, taken from the newest submitted version; null when there is none, when it holds no
 * voornemen, or when the learner already answered it.
 */
export async function intentionPrompt(
	db: Database,
	userId: string,
	trackId: string,
	moduleSlug: string
): Promise<IntentionPrompt | null> {
	const earlier = earlierExercises(trackId, moduleSlug);
	const submitted = await latestSubmittedFields(
		db,
		userId,
		earlier.map((e) => e.exercise.id)
	);
	const fieldsOf = new Map(submitted.map((row) => [row.exerciseId, row.fields]));
	const nearest = earlier.find((e) => fieldsOf.has(e.exercise.id));
	if (!nearest) return null;
	const fields = fieldsOf.get(nearest.exercise.id) ?? {};
	const voornemen = (fields['voornemen'] ?? '').trim();
	if (!voornemen) return null;
	if (await hasCheckin(db, userId, nearest.module.slug)) return null;
	const datum = (fields['voornemen-datum'] ?? '').trim();
	return {
		fromModuleSlug: nearest.module.slug,
		fromModuleTitle: nearest.module.title,
		voornemen,
		datum: datum || null
	};
}

/** The check-in page: the module it belongs to and the question, if there is one. */
export async function intentionPage(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string
) {
	const { track, module } = await requireModule(db, userId, trackSlug, moduleSlug);
	return {
		track: { slug: track.slug, title: track.title },
		module: { slug: module.slug, title: module.title },
		prompt: await intentionPrompt(db, userId, track.id, module.slug)
	};
}

export type CheckinOutcome = { outcome: 'saved' } | { outcome: 'already-answered' };

/**
 * Stores the answer to "hoe ging het?" for the voornemen of `fromModuleSlug`. Only a module before
 * this one whose reflection the learner submitted can be answered (else 404); the first answer
 * counts and a second one changes nothing.
 */
export async function answerIntention(
	db: Database,
	input: {
		userId: string;
		trackSlug: string;
		moduleSlug: string;
		fromModuleSlug: string;
		answer: string;
		now: Date;
	}
): Promise<CheckinOutcome> {
	const { track, module } = await requireModule(
		db,
		input.userId,
		input.trackSlug,
		input.moduleSlug
	);
	const from = earlierExercises(track.id, module.slug).find(
		(e) => e.module.slug === input.fromModuleSlug
	);
	const submitted = from ? await latestSubmittedFields(db, input.userId, [from.exercise.id]) : [];
	if (!from || submitted.length === 0) error(404, 'not-found');
	const stored = await insertCheckin(db, {
		userId: input.userId,
		fromModuleSlug: from.module.slug,
		answer: input.answer,
		at: input.now
	});
	if (!stored) return { outcome: 'already-answered' };
	await recordActivity(db, {
		userId: input.userId,
		kind: 'intention-checked',
		at: input.now,
		moduleSlug: module.slug,
		subject: from.module.slug
	});
	return { outcome: 'saved' };
}
