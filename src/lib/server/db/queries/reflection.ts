import { and, asc, desc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Database } from '../client';
import {
	auditEvent,
	cohort,
	cohortMember,
	cohortTrainer,
	intentionCheckin,
	reflection,
	reflectionFeedback,
	reflectionVersion,
	user,
	type ReflectionFields
} from '../schema';
import { newId } from '../../auth/tokens';

export type ReflectionRow = typeof reflection.$inferSelect;
export type VersionRow = typeof reflectionVersion.$inferSelect;

export async function findReflection(
	db: Database,
	userId: string,
	exerciseId: string
): Promise<ReflectionRow | undefined> {
	const rows = await db
		.select()
		.from(reflection)
		.where(and(eq(reflection.userId, userId), eq(reflection.exerciseId, exerciseId)))
		.limit(1);
	return rows[0];
}

export interface DraftWrite {
	userId: string;
	moduleSlug: string;
	exerciseId: string;
	/** The sequence the learner's edits started from. */
	given: number;
	fields: ReflectionFields;
	at: Date;
	/** Set for a submission: the draft becomes the submitted text. */
	submitted?: boolean;
}

/**
 * Stores the draft only when the stored sequence still equals `given`, and moves it up by one;
 * one statement, so two saves from the same sequence can never both win. The first save (from
 * sequence 0) creates the row. Returns nothing when the save was stale.
 */
export async function writeDraft(db: Database, write: DraftWrite) {
	const changes = {
		draft: write.fields,
		updatedAt: write.at,
		...(write.submitted ? { submittedAt: write.at } : {})
	};
	const returning = { id: reflection.id, sequence: reflection.sequence, at: reflection.updatedAt };
	if (write.given === 0) {
		const rows = await db
			.insert(reflection)
			.values({
				id: newId(),
				userId: write.userId,
				moduleSlug: write.moduleSlug,
				exerciseId: write.exerciseId,
				sequence: 1,
				...changes
			})
			.onConflictDoUpdate({
				target: [reflection.userId, reflection.exerciseId],
				set: { ...changes, sequence: 1 },
				setWhere: eq(reflection.sequence, 0)
			})
			.returning(returning);
		return rows[0];
	}
	const rows = await db
		.update(reflection)
		.set({ ...changes, sequence: write.given + 1 })
		.where(
			and(
				eq(reflection.userId, write.userId),
				eq(reflection.exerciseId, write.exerciseId),
				eq(reflection.sequence, write.given)
			)
		)
		.returning(returning);
	return rows[0];
}

export async function listVersions(db: Database, reflectionId: string) {
	return db
		.select({
			id: reflectionVersion.id,
			version: reflectionVersion.version,
			submittedAt: reflectionVersion.submittedAt
		})
		.from(reflectionVersion)
		.where(eq(reflectionVersion.reflectionId, reflectionId))
		.orderBy(asc(reflectionVersion.version));
}

export async function findVersion(
	db: Database,
	reflectionId: string,
	version: number
): Promise<VersionRow | undefined> {
	const rows = await db
		.select()
		.from(reflectionVersion)
		.where(
			and(eq(reflectionVersion.reflectionId, reflectionId), eq(reflectionVersion.version, version))
		)
		.limit(1);
	return rows[0];
}

/**
 * Adds the next version. Call inside the transaction that just moved the reflection's sequence:
 * that row lock makes a concurrent submission wait, and the unique key catches any other race.
 */
export async function insertNextVersion(
	db: Database,
	values: { reflectionId: string; fields: ReflectionFields; contentVersion: string; at: Date }
): Promise<number> {
	const [latest] = await db
		.select({ n: max(reflectionVersion.version) })
		.from(reflectionVersion)
		.where(eq(reflectionVersion.reflectionId, values.reflectionId));
	const version = (latest?.n ?? 0) + 1;
	await db.insert(reflectionVersion).values({
		id: newId(),
		reflectionId: values.reflectionId,
		version,
		fields: values.fields,
		contentVersion: values.contentVersion,
		submittedAt: values.at
	});
	return version;
}

/** The newest submitted fields of each of these exercises that the learner submitted. */
export async function latestSubmittedFields(db: Database, userId: string, exerciseIds: string[]) {
	if (exerciseIds.length === 0) return [];
	return db
		.selectDistinctOn([reflection.exerciseId], {
			exerciseId: reflection.exerciseId,
			fields: reflectionVersion.fields
		})
		.from(reflection)
		.innerJoin(reflectionVersion, eq(reflectionVersion.reflectionId, reflection.id))
		.where(and(eq(reflection.userId, userId), inArray(reflection.exerciseId, exerciseIds)))
		.orderBy(reflection.exerciseId, desc(reflectionVersion.version));
}

/**
 * Who can read a learner's reflections in a track: the trainers of every group of that track the
 * learner is an active member of. Archived groups count: their trainers still read.
 */
export async function trainersOfLearner(db: Database, userId: string, trackId: string) {
	return db
		.select({ trainerId: user.id, name: user.name, group: cohort.name })
		.from(cohortMember)
		.innerJoin(cohort, eq(cohort.id, cohortMember.cohortId))
		.innerJoin(cohortTrainer, eq(cohortTrainer.cohortId, cohort.id))
		.innerJoin(user, eq(user.id, cohortTrainer.userId))
		.where(
			and(
				eq(cohortMember.userId, userId),
				isNull(cohortMember.removedAt),
				eq(cohort.trackId, trackId),
				inArray(user.role, ['trainer', 'admin'])
			)
		)
		.orderBy(asc(user.name), asc(cohort.name));
}

/** Every time someone opened this reflection (written by the trainer's view), newest first. */
export async function readEvents(db: Database, reflectionId: string) {
	return db
		.select({ name: user.name, at: auditEvent.at })
		.from(auditEvent)
		.leftJoin(user, eq(user.id, auditEvent.actorId))
		.where(and(eq(auditEvent.kind, 'reflection-read'), eq(auditEvent.target, reflectionId)))
		.orderBy(desc(auditEvent.at))
		.limit(50);
}

/** Trainer feedback on these versions, oldest first, with the trainer's current name. */
export async function feedbackOnVersions(db: Database, versionIds: string[]) {
	if (versionIds.length === 0) return [];
	return db
		.select({
			id: reflectionFeedback.id,
			versionId: reflectionFeedback.versionId,
			trainerName: user.name,
			goal: reflectionFeedback.goal,
			progress: reflectionFeedback.progress,
			nextStep: reflectionFeedback.nextStep,
			createdAt: reflectionFeedback.createdAt,
			reply: reflectionFeedback.reply,
			repliedAt: reflectionFeedback.repliedAt
		})
		.from(reflectionFeedback)
		.leftJoin(user, eq(user.id, reflectionFeedback.trainerId))
		.where(inArray(reflectionFeedback.versionId, versionIds))
		.orderBy(asc(reflectionFeedback.createdAt), asc(reflectionFeedback.id));
}

/** One feedback row, only when it is on a version of this reflection. */
export async function findFeedbackOf(db: Database, reflectionId: string, feedbackId: string) {
	const rows = await db
		.select({ id: reflectionFeedback.id, reply: reflectionFeedback.reply })
		.from(reflectionFeedback)
		.innerJoin(reflectionVersion, eq(reflectionVersion.id, reflectionFeedback.versionId))
		.where(
			and(eq(reflectionFeedback.id, feedbackId), eq(reflectionVersion.reflectionId, reflectionId))
		)
		.limit(1);
	return rows[0];
}

/**
 * Stores the learner's reply when none exists yet; the `reply is null` condition makes the one
 * reply per feedback hold under concurrent requests too. False when there was nothing to update.
 */
export async function storeReply(
	db: Database,
	values: { reflectionId: string; feedbackId: string; reply: string; at: Date }
): Promise<boolean> {
	const versionsOfReflection = db
		.select({ id: reflectionVersion.id })
		.from(reflectionVersion)
		.where(eq(reflectionVersion.reflectionId, values.reflectionId));
	const rows = await db
		.update(reflectionFeedback)
		.set({ reply: values.reply, repliedAt: values.at })
		.where(
			and(
				eq(reflectionFeedback.id, values.feedbackId),
				isNull(reflectionFeedback.reply),
				inArray(reflectionFeedback.versionId, versionsOfReflection)
			)
		)
		.returning({ id: reflectionFeedback.id });
	return rows.length > 0;
}

export async function hasCheckin(
	db: Database,
	userId: string,
	fromModuleSlug: string
): Promise<boolean> {
	const rows = await db
		.select({ id: intentionCheckin.id })
		.from(intentionCheckin)
		.where(
			and(eq(intentionCheckin.userId, userId), eq(intentionCheckin.fromModuleSlug, fromModuleSlug))
		)
		.limit(1);
	return rows.length > 0;
}

/** The first answer counts; a second one changes nothing and returns false. */
export async function insertCheckin(
	db: Database,
	values: { userId: string; fromModuleSlug: string; answer: string; at: Date }
): Promise<boolean> {
	const rows = await db
		.insert(intentionCheckin)
		.values({
			id: newId(),
			userId: values.userId,
			fromModuleSlug: values.fromModuleSlug,
			answer: values.answer,
			createdAt: values.at
		})
		.onConflictDoNothing()
		.returning({ id: intentionCheckin.id });
	return rows.length > 0;
}
