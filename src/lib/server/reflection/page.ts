import { error } from '@sveltejs/kit';
import { localDraftKey } from '../../reflection/local-drafts';
import { sameFields } from '../../reflection/rules';
import type { Database } from '../db/client';
import { findReflection, findVersion, listVersions } from '../db/queries/reflection';
import { draftOf } from './drafts';
import { exerciseView, requireExercise } from './exercise';
import { feedbackFor } from './feedback';
import { readersOf, readsOf } from './readers';

// Views for the reflection pages. They hold only the learner's own work: every query is keyed on
// the learner's id, so no URL or form value can reach someone else's reflection.

const summary = (v: { version: number; submittedAt: Date }) => ({
	version: v.version,
	submittedAt: v.submittedAt.toISOString()
});

/** The exercise form with the draft, the versions so far, the readers and the newest feedback. */
export async function reflectionPage(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string
) {
	const { track, module, exercise } = await requireExercise(db, userId, trackSlug, moduleSlug);
	const row = await findReflection(db, userId, exercise.id);
	const versions = row ? await listVersions(db, row.id) : [];
	const latest = versions.at(-1);
	const draft = draftOf(row);
	const [readers, reads, feedback, latestVersion] = await Promise.all([
		readersOf(db, userId, track.id),
		readsOf(db, row?.id ?? null),
		latest ? feedbackFor(db, [latest]) : [],
		row && latest ? findVersion(db, row.id, latest.version) : undefined
	]);
	return {
		track: { slug: track.slug, title: track.title },
		module: { slug: module.slug, title: module.title },
		exercise: exerciseView(exercise),
		storageKey: localDraftKey(userId, exercise.id),
		draft,
		versions: versions.map(summary),
		/** The draft holds edits that are not in the newest submitted version. */
		changedSinceSubmit: latestVersion ? !sameFields(latestVersion.fields, draft.fields) : false,
		readers,
		reads,
		feedback
	};
}

/** One submitted version, read-only, with the feedback given on it. */
export async function versionPage(
	db: Database,
	userId: string,
	trackSlug: string,
	moduleSlug: string,
	versionParam: string
) {
	const { track, module, exercise } = await requireExercise(db, userId, trackSlug, moduleSlug);
	const number = /^[1-9]\d{0,5}$/.test(versionParam) ? Number(versionParam) : null;
	const row = await findReflection(db, userId, exercise.id);
	const found = row && number ? await findVersion(db, row.id, number) : undefined;
	if (!row || !found) error(404, 'not-found');
	const [versions, feedback] = await Promise.all([
		listVersions(db, row.id),
		feedbackFor(db, [found])
	]);
	return {
		track: { slug: track.slug, title: track.title },
		module: { slug: module.slug, title: module.title },
		exercise: exerciseView(exercise),
		version: { ...summary(found), fields: found.fields },
		latestVersion: versions.at(-1)?.version ?? found.version,
		feedback
	};
}
