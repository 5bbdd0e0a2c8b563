import { error } from '@sveltejs/kit';
import type { Database } from '../db/client';
import {
	activeMember,
	attemptsOf,
	reflectionsOf,
	reviewItemsIn,
	timelineOf
} from '../db/queries/timeline';
import type { Cohort } from '../db/schema';
import { scorePercent } from '../learning/progress';
import type { AttemptItemView, AttemptView } from '../../overview/views';
import { itemResult } from '../quiz/result';
import { learnerRows } from './group-rows';
import { groupTrack } from './scope';
import { reviewSummary } from './review';
import { timelineEntries } from './timeline';

/** Events shown on the learner page; older ones stay in the database. */
export const TIMELINE_LIMIT = 100;

/**
 * One learner as a trainer of the group sees them: only while an active member (else 404), and
 * only their work in the group's track. Answer feedback and keys are not needed here and are
 * left out; the learner's chosen responses are summarised as the learner's own review shows them.
 */
export async function learnerInGroup(db: Database, group: Cohort, userId: string, now: Date) {
	const groupOfTrack = groupTrack(group);
	const { course, track, specs, scope } = groupOfTrack;
	const member = await activeMember(db, group.id, userId);
	if (!member) error(404, 'not-found');
	const itemIds = specs.flatMap((s) => course.itemsFor(s.slug, track.audience).map((i) => i.id));
	const [learner, timeline, attempts, reflections, reviews] = await Promise.all([
		learnerRows(db, [member], groupOfTrack, now),
		timelineOf(db, userId, scope, TIMELINE_LIMIT),
		attemptsOf(db, userId, scope),
		reflectionsOf(db, userId, scope.exerciseIds),
		reviewItemsIn(db, userId, scope.moduleSlugs, itemIds)
	]);
	const titleOf = (slug: string | null) => (slug ? (course.module(slug)?.title ?? slug) : null);
	// The same row the group's grid shows for this learner: one attention rule for both pages.
	const row = learner.rows[0]!;
	const facts = learner.factsOf.get(userId) ?? [];

	return {
		group: { id: group.id, name: group.name, trackTitle: track.title },
		learner: { id: member.id, name: member.name, email: member.email },
		joinedAt: member.joinedAt.toISOString(),
		lastActivityAt: row.lastActivityAt,
		inactive: row.inactive,
		modulesCompleted: row.modulesCompleted,
		modules: specs.map((spec, index) => {
			const f = facts[index];
			return {
				slug: spec.slug,
				title: spec.title,
				position: index + 1,
				cell: row.cells[index] ?? { status: 'not-started' as const, reason: null },
				lessonsRead: f?.lessonsRead ?? 0,
				lessonsTotal: f?.lessonsTotal ?? spec.lessons.length,
				bestPercent: f?.bestScore == null ? null : scorePercent(f.bestScore),
				quizAttempts: f?.quizAttempts ?? 0,
				quizPassed: f?.quizPassed ?? false,
				reflectionSubmitted: f?.reflectionSubmitted ?? false
			};
		}),
		timeline: timelineEntries(course, timeline),
		timelineLimit: TIMELINE_LIMIT,
		attempts: attempts.map((a): AttemptView => ({
			id: a.id,
			moduleTitle: titleOf(a.moduleSlug),
			submittedAt: a.submittedAt ? a.submittedAt.toISOString() : null,
			percent: a.points !== null && a.maxPoints ? scorePercent(a.points / a.maxPoints) : null,
			passed: a.passed === true,
			items: a.itemIds.flatMap((itemId, index): AttemptItemView[] => {
				const stored = a.answers.find((x) => x.itemId === itemId);
				if (!stored) return [];
				const view = itemResult(course.item(itemId), index + 1, stored);
				return [
					{
						id: view.id,
						number: view.number,
						prompt: view.prompt,
						correct: view.correct,
						unanswered: view.unanswered,
						confidence: view.confidence,
						answer: view.answer
					}
				];
			})
		})),
		reflections: specs.flatMap((spec) =>
			reflections
				.filter((r) => r.moduleSlug === spec.slug)
				.map((r) => ({
					id: r.id,
					moduleTitle: spec.title,
					title: course.reflection(spec.slug, track.audience)?.title ?? spec.title,
					versions: r.versions.map((v) => ({
						version: v.version,
						submittedAt: v.submittedAt.toISOString()
					}))
				}))
		),
		review: reviewSummary(reviews, now)
	};
}

export type LearnerInGroup = Awaited<ReturnType<typeof learnerInGroup>>;
