import { getCourse, type Course } from '../content';
import type { Database } from '../db/client';
import { enrolledTrackIds, learnerCohorts } from '../db/queries/enrolment';
import { countDueReviews } from '../db/queries/review';
import type { ModuleStatus, Need, NextStep } from './progress';
import { learnerTrackProgress } from './progress-service';
import type { TrackProgress } from './track-progress';

/** One module as the dashboard and the module page list it: no answer data, only progress. */
export interface ModuleSummary {
	slug: string;
	title: string;
	position: number;
	status: ModuleStatus;
	needs: Need[];
	lockedBy: { slug: string; title: string }[];
}

export interface TrackSummary {
	id: string;
	slug: string;
	title: string;
	/** Groups the learner is in for this track: whose trainers can follow their work. */
	cohorts: string[];
	percent: number;
	stepsDone: number;
	stepsTotal: number;
	modulesCompleted: number;
	complete: boolean;
	next: NextStep | null;
	modules: ModuleSummary[];
}

export interface Dashboard {
	tracks: TrackSummary[];
	/** Tracks the learner has not started, with their summary, to start on their own. */
	available: { id: string; title: string; summary: string }[];
	dueReviews: number;
}

export function summariseModules(progress: TrackProgress): ModuleSummary[] {
	return progress.modules.map(({ slug, title, position, status, needs, lockedBy }) => ({
		slug,
		title,
		position,
		status,
		needs,
		lockedBy
	}));
}

export async function getDashboard(
	db: Database,
	userId: string,
	now: Date,
	course: Course = getCourse()
): Promise<Dashboard> {
	const [trackIds, cohorts, dueReviews] = await Promise.all([
		enrolledTrackIds(db, userId),
		learnerCohorts(db, userId),
		countDueReviews(db, userId, now)
	]);
	const tracks = trackIds.flatMap((id) => course.track(id) ?? []);
	const tracksWithProgress = await Promise.all(
		tracks.map(async (track): Promise<TrackSummary> => {
			const progress = await learnerTrackProgress(db, userId, track, course);
			return {
				id: track.id,
				slug: track.slug,
				title: track.title,
				cohorts: cohorts.filter((c) => c.trackId === track.id).map((c) => c.name),
				percent: progress.percent,
				stepsDone: progress.stepsDone,
				stepsTotal: progress.stepsTotal,
				modulesCompleted: progress.modulesCompleted,
				complete: progress.complete,
				next: progress.next,
				modules: summariseModules(progress)
			};
		})
	);
	return {
		tracks: tracksWithProgress,
		available: course.tracks
			.filter((track) => !trackIds.includes(track.id))
			.map(({ id, title, summary }) => ({ id, title, summary })),
		dueReviews
	};
}
