// Lighthouse (mobile defaults: emulated phone, throttled CPU and network) on the lesson page and
// on a quiz page with its questions, as a logged-in learner, against `node build` on the seeded
// benchmark database. Needs Debian's chromium and network access to npm for `npx lighthouse`.
//   npx vite build && npx tsx bench/lighthouse.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, like } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/client';
import { createSession } from '../src/lib/server/auth/session';
import { loadCourse } from '../src/lib/server/content';
import { enrolment, quizAttempt } from '../src/lib/server/db/schema';
import { BENCH_URL } from './seed';
import { startServer } from './harness';

const handle = await openDatabase({ url: BENCH_URL, poolSize: 2 });
const course = loadCourse().course;
const track = course.track('leraar')!;
const module = course.trackModules('leraar')[0]!;
const [learner] = await handle.db
	.select({ userId: enrolment.userId })
	.from(enrolment)
	.where(eq(enrolment.trackId, 'leraar'))
	.limit(1);
const userId = learner!.userId;
const cookie = `klasteam_session=${(await createSession(handle.db, userId)).token}`;
// An open attempt, so the quiz page shows its questions (ids: lowercase letters and digits).
await handle.db.delete(quizAttempt).where(like(quizAttempt.id, 'lighthouse%'));
await handle.db.delete(quizAttempt).where(eq(quizAttempt.status, 'open'));
await handle.db.insert(quizAttempt).values({
	id: `lighthouse${Date.now()}`,
	userId,
	moduleSlug: module.slug,
	audience: 'leraar',
	contentVersion: course.version,
	itemIds: course.itemsFor(module.slug, 'leraar').map((item) => item.id),
	status: 'open'
});

const server = await startServer(BENCH_URL, 4320);
const pages = {
	lesson: `/leren/${track.slug}/${module.slug}/les/${module.lessons[0]!.slug}`,
	quiz: `/leren/${track.slug}/${module.slug}/toets`
};
const out = mkdtempSync(path.join(tmpdir(), 'klasteam-lighthouse-'));
try {
	for (const [name, page] of Object.entries(pages)) {
		const report = path.join(out, `${name}.json`);
		execFileSync(
			'npx',
			[
				'-y',
				'lighthouse@12.2.3',
				server.origin + page,
				'--quiet',
				'--only-categories=performance,accessibility',
				`--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
				'--output=json',
				`--output-path=${report}`
			],
			{ stdio: 'inherit', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } }
		);
		const result = JSON.parse(readFileSync(report, 'utf8'));
		const score = (id: string) => Math.round(result.categories[id].score * 100);
		const metric = (id: string) => result.audits[id].displayValue;
		console.log(
			`${name} ${page}: Performance ${score('performance')}, Accessibility ${score('accessibility')}; ` +
				`FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
				`TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`
		);
	}
	console.log(`Reports: ${out}`);
} finally {
	await server.stop();
	await handle.close();
}
