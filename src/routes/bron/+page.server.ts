import { getSourceView } from '$lib/server/learning/source-view';
import type { PageServerLoad } from './$types';

// Public on purpose: the article is published research, not learner data, and lesson
// citations and quiz feedback link here for anyone a learner shares a passage with.
export const load = (() => ({ source: getSourceView() })) satisfies PageServerLoad;
