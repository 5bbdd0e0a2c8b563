import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import {
	reflection,
	reflectionFeedback,
	reflectionVersion,
	user,
	type ReflectionFields
} from '../schema';

export interface SubmittedReflection {
	reflectionId: string;
	moduleSlug: string;
	exerciseId: string;
	version: number;
	fields: ReflectionFields;
	submittedAt: Date;
}

export interface FeedbackOnReflection {
	reflectionId: string;
	/** The version the trainer read; the portfolio shows the latest version only. */
	version: number;
	trainerName: string | null;
	goal: string;
	progress: string;
	nextStep: string;
	createdAt: Date;
	reply: string | null;
	repliedAt: Date | null;
}

/** The latest submitted version of each of a learner's reflections; drafts never appear. */
export async function latestSubmittedReflections(
	db: Database,
	userId: string
): Promise<SubmittedReflection[]> {
	return db
		.selectDistinctOn([reflectionVersion.reflectionId], {
			reflectionId: reflectionVersion.reflectionId,
			moduleSlug: reflection.moduleSlug,
			exerciseId: reflection.exerciseId,
			version: reflectionVersion.version,
			fields: reflectionVersion.fields,
			submittedAt: reflectionVersion.submittedAt
		})
		.from(reflectionVersion)
		.innerJoin(reflection, eq(reflection.id, reflectionVersion.reflectionId))
		.where(eq(reflection.userId, userId))
		.orderBy(reflectionVersion.reflectionId, desc(reflectionVersion.version));
}

/** Every trainer feedback on any version of a learner's reflections, oldest first. */
export async function feedbackOnReflectionsOf(
	db: Database,
	userId: string
): Promise<FeedbackOnReflection[]> {
	return db
		.select({
			reflectionId: reflectionVersion.reflectionId,
			version: reflectionVersion.version,
			trainerName: user.name,
			goal: reflectionFeedback.goal,
			progress: reflectionFeedback.progress,
			nextStep: reflectionFeedback.nextStep,
			createdAt: reflectionFeedback.createdAt,
			reply: reflectionFeedback.reply,
			repliedAt: reflectionFeedback.repliedAt
		})
		.from(reflectionFeedback)
		.innerJoin(reflectionVersion, eq(reflectionVersion.id, reflectionFeedback.versionId))
		.innerJoin(reflection, eq(reflection.id, reflectionVersion.reflectionId))
		.leftJoin(user, eq(user.id, reflectionFeedback.trainerId))
		.where(eq(reflection.userId, userId))
		.orderBy(asc(reflectionFeedback.createdAt), asc(reflectionFeedback.id));
}
