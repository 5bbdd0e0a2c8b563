// Rows for the certificate and portfolio database tests, inserted directly: the reflection and
// quiz screens are other slices' work, and these tests must not depend on them.
import { randomUUID } from 'node:crypto';
import { insertTestUser } from './builders';
import type { Track } from '../../src/lib/content';
import { getCourse } from '../../src/lib/server/content';
import type { Database } from '../../src/lib/server/db/client';
import {
	enrolment,
	lessonProgress,
	quizAttempt,
	reflection,
	reflectionFeedback,
	reflectionVersion,
	type ReflectionFields
} from '../../src/lib/server/db/schema';

export function addUser(db: Database, name: string, role: 'learner' | 'trainer' = 'learner') {
	return insertTestUser(db, { name, role });
}

export async function enrolIn(db: Database, userId: string, trackId: string) {
	await db.insert(enrolment).values({ userId, trackId });
}

export function trackOf(id: 'leraar' | 'ondersteuner'): Track {
	const track = getCourse().track(id);
	if (!track) throw new Error(`track ${id} missing from the content`);
	return track;
}

/** Everything the completion rule asks, for the given modules (default: the whole track). */
export async function completeModules(
	db: Database,
	userId: string,
	track: Track,
	slugs: readonly string[] = track.modules
) {
	const course = getCourse();
	for (const slug of slugs) {
		for (const lesson of course.lessonsFor(slug, track.audience)) {
			await db.insert(lessonProgress).values({ userId, moduleSlug: slug, lessonSlug: lesson.slug });
		}
		await db.insert(quizAttempt).values({
			id: randomUUID(),
			userId,
			moduleSlug: slug,
			audience: track.audience,
			contentVersion: course.version,
			itemIds: [],
			status: 'submitted',
			submittedAt: new Date(),
			points: 9,
			maxPoints: 10,
			passed: true
		});
		const exercise = course.reflection(slug, track.audience);
		if (!exercise) throw new Error(`no reflection in ${slug}`);
		await db.insert(reflection).values({
			id: randomUUID(),
			userId,
			moduleSlug: slug,
			exerciseId: exercise.id,
			draft: {},
			submittedAt: new Date()
		});
	}
}

/** A reflection with its submitted versions (oldest first); returns the version ids. */
export async function submitReflection(
	db: Database,
	input: {
		userId: string;
		moduleSlug: string;
		exerciseId: string;
		versions: { fields: ReflectionFields; at: Date }[];
	}
): Promise<string[]> {
	const id = randomUUID();
	const last = input.versions.at(-1);
	await db.insert(reflection).values({
		id,
		userId: input.userId,
		moduleSlug: input.moduleSlug,
		exerciseId: input.exerciseId,
		draft: last?.fields ?? {},
		submittedAt: last?.at ?? null
	});
	const ids: string[] = [];
	for (const [index, version] of input.versions.entries()) {
		const versionId = randomUUID();
		await db.insert(reflectionVersion).values({
			id: versionId,
			reflectionId: id,
			version: index + 1,
			fields: version.fields,
			contentVersion: 'test',
			submittedAt: version.at
		});
		ids.push(versionId);
	}
	return ids;
}

export async function addFeedback(
	db: Database,
	input: {
		versionId: string;
		trainerId: string | null;
		goal: string;
		progress: string;
		nextStep: string;
		at: Date;
		reply?: string;
	}
) {
	await db.insert(reflectionFeedback).values({
		id: randomUUID(),
		versionId: input.versionId,
		trainerId: input.trainerId,
		goal: input.goal,
		progress: input.progress,
		nextStep: input.nextStep,
		createdAt: input.at,
		reply: input.reply ?? null,
		repliedAt: input.reply ? input.at : null
	});
}
