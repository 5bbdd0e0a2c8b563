import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/guards';
import { getLessonView, readLesson } from '$lib/server/learning/lesson-view';
import type { Actions, PageServerLoad } from './$types';

// The lesson text is not in this data: the lesson-HTML hook adds it from its cache
// (docs/decisions/004-lesson-html.md), so it is rendered once and sent once.

export const load = (async ({ locals, params, url }) => {
	const { user } = requireUser(locals, url);
	return { view: await getLessonView(getDb(), user.id, params, locals.lessonAccess) };
}) satisfies PageServerLoad;

export const actions = {
	read: async ({ locals, params }) => {
		const { user } = requireUser(locals);
		const { next } = await readLesson(getDb(), user.id, params, locals.now);
		const base = `/leren/${params.track}/${params.module}`;
		redirect(303, next ? `${base}/les/${next}` : base);
	}
} satisfies Actions;
