import { latestDate } from '../../dates';
import { isInactive, learnerCells, type GroupPeriod } from '../../overview/attention';
import {
	funnelCounts,
	scoreBuckets,
	type FunnelFacts,
	type ModuleChart
} from '../../overview/charts';
import type { GridRow } from '../../overview/grid';
import type { ModuleFacts } from '../db/queries/completion';
import type { MemberRow } from '../db/queries/overview';
import { moduleStatus, scorePercent, type TrackModuleSpec } from '../learning/progress';

// From the completion facts to the grid's rows and the charts' numbers. The module status is
// the completion rule's own (`moduleStatus`); this file only adds the trainer's attention rule.

/** Facts grouped per learner, in the track's module order. */
export function factsByLearner(facts: readonly ModuleFacts[]): Map<string, ModuleFacts[]> {
	const byUser = new Map<string, ModuleFacts[]>();
	for (const f of facts) {
		const own = byUser.get(f.userId) ?? [];
		own.push(f);
		byUser.set(f.userId, own);
	}
	return byUser;
}

export function buildRow(input: {
	member: MemberRow;
	facts: readonly ModuleFacts[];
	activityAt: Date | null;
	group: GroupPeriod;
	now: Date;
}): GridRow {
	const { member, facts } = input;
	const last = latestDate(input.activityAt, ...facts.map((f) => f.lastActivityAt));
	const inactive = isInactive({
		now: input.now,
		group: input.group,
		joinedAt: member.joinedAt,
		lastActivityAt: last
	});
	const cells = learnerCells(
		facts.map((f) => ({
			base: moduleStatus(f),
			quizPassed: f.quizPassed,
			quizAttempts: f.quizAttempts
		})),
		inactive
	);
	return {
		id: member.id,
		name: member.name,
		email: member.email,
		cells,
		modulesCompleted: facts.filter((f) => f.complete).length,
		modulesTotal: facts.length,
		lastActivityAt: last ? last.toISOString() : null,
		inactive
	};
}

export function moduleCharts(
	specs: readonly TrackModuleSpec[],
	byLearner: ReadonlyMap<string, readonly ModuleFacts[]>
): ModuleChart[] {
	const all = [...byLearner.values()];
	return specs.map((spec, index) => {
		const funnel: FunnelFacts[] = [];
		const percents: (number | null)[] = [];
		for (const own of all) {
			const f = own[index];
			if (!f) continue;
			funnel.push({
				started: moduleStatus(f) !== 'not-started',
				lessonsRead: f.lessonsRead,
				lessonsTotal: f.lessonsTotal,
				quizPassed: f.quizPassed,
				reflectionSubmitted: f.reflectionSubmitted,
				complete: f.complete
			});
			percents.push(f.bestScore === null ? null : scorePercent(f.bestScore));
		}
		return {
			slug: spec.slug,
			title: spec.title,
			learners: all.length,
			funnel: funnelCounts(funnel),
			scores: scoreBuckets(percents),
			scored: percents.filter((p) => p !== null).length
		};
	});
}
