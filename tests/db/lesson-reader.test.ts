import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { createSession } from '../../src/lib/server/auth/session';
import { enrol } from '../../src/lib/server/db/queries/enrolment';
import { lessonReader, recordLessonRead } from '../../src/lib/server/db/queries/lessons';
import { insertTestUser } from './builders';
import { freshDatabase } from './fresh-database';

// The lesson page's fast path asks one prepared query for the session, its user, the enrolment
// and the read state; every part of the answer must be the reader's own.

describe('lessonReader', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	const place = { trackId: 'leraar', moduleSlug: 'functies', lessonSlug: 'vier-functies' };
	const at = new Date('2026-05-01T10:00:00Z');

	it('answers the session and user, enrolment in the track and the lesson’s read state', async () => {
		const reader = await insertTestUser(handle.db, { name: 'Rosa Reader' });
		const other = await insertTestUser(handle.db);
		const sessionId = (await createSession(handle.db, reader, at)).token.split('.')[0]!;
		const ask = (lesson = place) => lessonReader(handle.db, { sessionId, ...lesson });

		expect(await ask()).toMatchObject({
			session: { id: sessionId, userId: reader },
			user: { id: reader, name: 'Rosa Reader', role: 'learner' },
			enrolled: false,
			read: false
		});
		await enrol(handle.db, reader, 'leraar', at);
		// Another learner's reading is not this reader's.
		await recordLessonRead(handle.db, { userId: other, ...place, at });
		expect(await ask()).toMatchObject({ enrolled: true, read: false });
		await recordLessonRead(handle.db, { userId: reader, ...place, at });
		expect(await ask()).toMatchObject({ enrolled: true, read: true });
		expect(await ask({ ...place, lessonSlug: 'eisen' })).toMatchObject({ read: false });
		expect(await ask({ ...place, trackId: 'ondersteuner' })).toMatchObject({ enrolled: false });
	});

	it('answers nothing for a session that does not exist', async () => {
		expect(await lessonReader(handle.db, { sessionId: 'nosuchsession', ...place })).toBeUndefined();
	});
});
