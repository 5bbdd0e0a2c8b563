import { error } from '@sveltejs/kit';
import { analyseItems } from '../../analysis/items';
import type { GroupHeading, ItemAnalysisView, ModuleSummaryView } from '../../analysis/views';
import { getCourse } from '../content';
import type { Database } from '../db/client';
import {
	countActiveMembers,
	firstAttemptsWithAnswers,
	firstAttemptSummaries
} from '../db/queries/analysis';
import type { Cohort } from '../db/schema';
import { itemContentView } from './item-view';

// The item analysis of a group: per module of the group's track, for the track's audience,
// over the first attempts of the group's active members. Callers pass a group that
// `requireCohortAccess` already returned.

function trackOf(group: Cohort) {
	const course = getCourse();
	const track = course.track(group.trackId);
	if (!track) error(404, 'not-found');
	return { course, track };
}

function heading(group: Cohort, trackTitle: string): GroupHeading {
	return { id: group.id, name: group.name, trackTitle, archived: group.archivedAt !== null };
}

/** The modules of the group's track with their first-attempt summaries. */
export async function analysisIndex(db: Database, group: Cohort) {
	const { course, track } = trackOf(group);
	const modules = course.trackModules(track.id);
	const [members, summaries] = await Promise.all([
		countActiveMembers(db, group.id),
		firstAttemptSummaries(db, {
			cohortId: group.id,
			audience: track.audience,
			moduleSlugs: modules.map((m) => m.slug)
		})
	]);
	const bySlug = new Map(summaries.map((s) => [s.moduleSlug, s]));
	const rows: ModuleSummaryView[] = modules.map((module, index) => ({
		slug: module.slug,
		title: module.title,
		number: index + 1,
		items: course.itemsFor(module.slug, track.audience).length,
		learners: bySlug.get(module.slug)?.learners ?? 0,
		meanShare: bySlug.get(module.slug)?.meanShare ?? null,
		passed: bySlug.get(module.slug)?.passed ?? 0
	}));
	return { group: heading(group, track.title), members, modules: rows };
}

/** Every item of one module's quiz with its statistics; 404 for a module outside the track. */
export async function moduleAnalysis(db: Database, group: Cohort, moduleSlug: string) {
	const { course, track } = trackOf(group);
	const module = track.modules.includes(moduleSlug) ? course.module(moduleSlug) : undefined;
	if (!module) error(404, 'not-found');
	const items = course.itemsFor(module.slug, track.audience);
	const [members, attempts] = await Promise.all([
		countActiveMembers(db, group.id),
		firstAttemptsWithAnswers(db, {
			cohortId: group.id,
			moduleSlug: module.slug,
			audience: track.audience
		})
	]);
	const stats = analyseItems(
		items.map((item, index) => ({ item, position: index + 1 })),
		attempts
	);
	const byId = new Map(items.map((item) => [item.id, item]));
	const views: ItemAnalysisView[] = stats.flatMap((s) => {
		const item = byId.get(s.itemId);
		return item ? [{ ...itemContentView(course, item), stats: s }] : [];
	});
	return {
		group: heading(group, track.title),
		module: { slug: module.slug, title: module.title },
		members,
		learners: attempts.length,
		items: views
	};
}
