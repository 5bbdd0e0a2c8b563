import { getCourse } from '../content';
import { completionFacts } from '../db/queries/completion';
import { trackRequirements } from '../learning/requirements';
import type { CompletedModules } from './completion';

/** The real source: the one completion query, asked for this learner and this track only. */
export const completedModules: CompletedModules = async (db, userId, track) => {
	const { requirements } = trackRequirements(getCourse(), track);
	const facts = await completionFacts(db, {
		userIds: [userId],
		audience: track.audience,
		modules: requirements
	});
	return new Set(facts.filter((fact) => fact.complete).map((fact) => fact.moduleSlug));
};
