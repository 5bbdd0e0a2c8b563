import type { Reflection, Track } from '../../content';
import { getCourse, type CourseModule } from '../content';
import type { Database } from '../db/client';
import { certificatesOf, type Certificate } from '../db/queries/certificates';
import { enrolledTrackIds } from '../db/queries/enrolment';
import {
	feedbackOnReflectionsOf,
	latestSubmittedReflections,
	type FeedbackOnReflection,
	type SubmittedReflection
} from '../db/queries/portfolio';
import { exerciseOf } from '../reflection/exercise';
import type { CompletedModules } from './completion';
import { formatCalendarDate, type Locale } from './format';

// Everything the portfolio holds for one learner, gathered once for the page and the PDF.

export interface PortfolioTrack {
	track: Track;
	modules: CourseModule[];
	completed: CourseModule[];
	certificate: Certificate | undefined;
}

export interface PortfolioReflection {
	submitted: SubmittedReflection;
	moduleTitle: string;
	exerciseTitle: string;
	exercise: Reflection | undefined;
	feedback: FeedbackOnReflection[];
}

export interface PortfolioData {
	tracks: PortfolioTrack[];
	reflections: PortfolioReflection[];
}

export async function gatherPortfolio(
	db: Database,
	userId: string,
	completion: CompletedModules
): Promise<PortfolioData> {
	const course = getCourse();
	const [trackIds, certificates, submitted, feedback] = await Promise.all([
		enrolledTrackIds(db, userId),
		certificatesOf(db, userId),
		latestSubmittedReflections(db, userId),
		feedbackOnReflectionsOf(db, userId)
	]);
	const tracks: PortfolioTrack[] = await Promise.all(
		trackIds
			.flatMap((id) => course.track(id) ?? [])
			.map(async (track) => {
				const done = await completion(db, userId, track);
				const modules = course.trackModules(track.id);
				return {
					track,
					modules,
					completed: modules.filter((module) => done.has(module.slug)),
					certificate: certificates.find((c) => c.trackId === track.id)
				};
			})
	);
	const position = new Map(course.modules.map((module, index) => [module.slug, index]));
	const reflections = submitted
		.map((row) => {
			const module = course.module(row.moduleSlug);
			const exercise = exerciseOf(row.moduleSlug, row.exerciseId);
			return {
				submitted: row,
				moduleTitle: module?.title ?? row.moduleSlug,
				exerciseTitle: exercise?.title ?? row.exerciseId,
				exercise,
				feedback: feedback.filter((f) => f.reflectionId === row.reflectionId)
			};
		})
		.sort(
			(a, b) =>
				(position.get(a.submitted.moduleSlug) ?? 999) -
					(position.get(b.submitted.moduleSlug) ?? 999) ||
				a.submitted.exerciseId.localeCompare(b.submitted.exerciseId)
		);
	return { tracks, reflections };
}

/**
 * A reflection's answers with the labels of the exercise's fields, in the exercise's order:
 * a choice shows its option's label and a date reads as a date. Answers to fields that the
 * content no longer has are kept at the end under their id, so nothing submitted is dropped.
 */
export function answeredFields(
	fields: Record<string, string>,
	exercise: Reflection | undefined,
	locale: Locale
): { label: string; value: string }[] {
	const answered: { label: string; value: string }[] = [];
	const known = new Set<string>();
	for (const field of exercise?.fields ?? []) {
		known.add(field.id);
		const value = fields[field.id]?.trim();
		if (!value) continue;
		const shown =
			field.kind === 'choice'
				? (field.options?.find((option) => option.id === value)?.label ?? value)
				: field.kind === 'date'
					? formatCalendarDate(value, locale)
					: value;
		answered.push({ label: field.label, value: shown });
	}
	for (const [id, value] of Object.entries(fields)) {
		if (!known.has(id) && value.trim()) answered.push({ label: id, value: value.trim() });
	}
	return answered;
}
