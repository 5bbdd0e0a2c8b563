// The benchmark: seeds nothing itself (run `npx tsx bench/seed.ts` first), builds nothing (run
// `npx vite build` first). Starts `node build` on the seeded PostgreSQL database and measures, with
// autocannon, the pages and writes that matter. Prints figures; asserts nothing.
//   npx tsx bench/run.ts                 every scenario
//   npx tsx bench/run.ts lesson quiz     only these (lesson, quiz, draft, overview, analysis, export)
import { and, eq, inArray, isNull, like } from 'drizzle-orm';
import type autocannon from 'autocannon';
import { openDatabase } from '../src/lib/server/db/client';
import { createSession } from '../src/lib/server/auth/session';
import { loadCourse } from '../src/lib/server/content';
import {
	activity,
	cohortMember,
	enrolment,
	quizAttempt,
	reflection
} from '../src/lib/server/db/schema';
import { BENCH_URL, GROUP_150, GROUP_500 } from './seed';
import { load, printTable, startPlainServer, startServer, type Figures } from './harness';
import { submissionBody } from './quiz-form';

const chosen = process.argv.slice(2);
const wanted = (scenario: string) => chosen.length === 0 || chosen.includes(scenario);

const handle = await openDatabase({ url: BENCH_URL, poolSize: 4 });
const db = handle.db;
const course = loadCourse().course;
const track = course.track('leraar')!;
const modules = course.trackModules('leraar');
const cookieOf = async (userId: string) =>
	`klasteam_session=${(await createSession(db, userId)).token}`;

// Learners of the teacher track, each with a session of their own.
const learnerIds = (
	await db
		.select({ userId: enrolment.userId })
		.from(enrolment)
		.where(eq(enrolment.trackId, 'leraar'))
).map((r) => r.userId);
const cookies = new Map<string, string>();
for (const id of learnerIds) cookies.set(id, await cookieOf(id));

// Quiz submissions: one open attempt per (learner, module), each submitted exactly once.
const pairs = learnerIds.flatMap((userId) => modules.map((module) => ({ userId, module })));
const openAttempts = pairs.map(({ userId, module }, i) => ({
	id: `benchopen${i}`,
	userId,
	moduleSlug: module.slug,
	audience: 'leraar',
	contentVersion: course.version,
	itemIds: course.itemsFor(module.slug, 'leraar').map((item) => item.id),
	status: 'open' as const
}));
// A rerun first removes the attempts an earlier run submitted (their answers go with them) and
// the activity they recorded. The open attempts exist only while the quiz scenario runs: left
// open, every learner would have a quiz in progress in every module, which no real group has, and
// the trainer's views after it would measure that.
await db.delete(quizAttempt).where(like(quizAttempt.id, 'benchopen%'));
await db.delete(activity).where(like(activity.subject, 'benchopen%'));
await db.delete(quizAttempt).where(eq(quizAttempt.status, 'open'));
if (wanted('quiz')) {
	for (let i = 0; i < openAttempts.length; i += 1000) {
		await db.insert(quizAttempt).values(openAttempts.slice(i, i + 1000));
	}
}

// Draft saves: every (learner, module) pair with its current sequence.
const sequences = new Map<string, number>();
const existing = await db
	.select({
		userId: reflection.userId,
		moduleSlug: reflection.moduleSlug,
		sequence: reflection.sequence
	})
	.from(reflection)
	.where(inArray(reflection.userId, learnerIds));
for (const row of existing) sequences.set(`${row.userId}/${row.moduleSlug}`, row.sequence);

const trainer150 = await cookieOf('bench-trainer-1');
const trainer500 = await cookieOf('bench-trainer-0');

const server = await startServer(BENCH_URL);
const { origin } = server;
/**
 * One autocannon run, after two seconds of the same load that are not counted (the server's JIT
 * warms up), followed by a line with the server's memory after it.
 */
async function measure(name: string, options: Parameters<typeof load>[1]): Promise<Figures> {
	await load(name, { ...options, duration: 2 });
	server.takePeakRssMb();
	const cpuBefore = server.cpuMs();
	const figures = await load(name, options);
	const requests = figures.requestsPerSecond * Number(options.duration ?? 10);
	const cpuPerRequest = (server.cpuMs() - cpuBefore) / Math.max(1, requests);
	console.log(
		`${name}: server CPU ${cpuPerRequest.toFixed(2)} ms per request, ` +
			`RSS peak ${server.takePeakRssMb().toFixed(0)} MB during the run`
	);
	return figures;
}
const results: Figures[] = [];
const lesson = modules[0]!.lessons[0]!;
const lessonPath = `/leren/${track.slug}/${modules[0]!.slug}/les/${lesson.slug}`;
const learnerCookie = cookies.get(learnerIds[0]!)!;

// The lesson page, and a plain Node server returning the same bytes from memory.
if (wanted('lesson')) {
	const html = await (
		await fetch(origin + lessonPath, { headers: { cookie: learnerCookie } })
	).text();
	console.log(`Lesson page: ${(html.length / 1024).toFixed(1)} KB of HTML`);
	results.push(
		await measure('lesson page (SvelteKit)', {
			url: origin + lessonPath,
			headers: { cookie: learnerCookie }
		})
	);
	const plain = await startPlainServer(html);
	// Not `measure`: the app's server is idle meanwhile, so its CPU and memory say nothing.
	await load('plain', { url: plain.url, duration: 2 });
	results.push(await load('lesson page (plain Node http)', { url: plain.url }));
	await plain.stop();
	const lessonRatio = results[0]!.requestsPerSecond / results[1]!.requestsPerSecond;
	console.log(`Lesson page: ${(lessonRatio * 100).toFixed(1)}% of the plain Node server.`);
}

// Sent as the quiz page's enhanced form sends it (accept: application/json): SvelteKit answers a
// stored submission with 200 and a JSON redirect to the review; without JavaScript it is a 303.
let nextAttempt = 0;
if (wanted('quiz'))
	results.push(
		await measure('quiz submission (200 = stored)', {
			url: origin,
			duration: 8,
			requests: [
				{
					method: 'POST',
					setupRequest: (req) => {
						const attempt = openAttempts[nextAttempt++ % openAttempts.length]!;
						return {
							...req,
							path: `/leren/${track.slug}/${attempt.moduleSlug}/toets?/submit`,
							headers: {
								cookie: cookies.get(attempt.userId)!,
								origin,
								accept: 'application/json',
								'content-type': 'application/x-www-form-urlencoded'
							},
							body: submissionBody(
								attempt.id,
								attempt.itemIds.map((id) => course.item(id)!)
							)
						};
					}
				}
			]
		})
	);

await db.delete(quizAttempt).where(eq(quizAttempt.status, 'open'));

/** PUT requests that save reflection drafts for these (learner, module) pairs in turn. */
function draftSaves(of: typeof pairs): autocannon.Request[] {
	let next = 0;
	return [
		{
			method: 'PUT',
			setupRequest: (req) => {
				const pair = of[next++ % of.length]!;
				const key = `${pair.userId}/${pair.module.slug}`;
				const sequence = sequences.get(key) ?? 0;
				sequences.set(key, sequence + 1);
				return {
					...req,
					path: `/leren/${track.slug}/${pair.module.slug}/reflectie/concept`,
					headers: {
						cookie: cookies.get(pair.userId)!,
						origin,
						'content-type': 'application/json'
					},
					body: JSON.stringify({
						sequence,
						fields: { situatie: 'Vandaag werkte ik met de onderwijsassistent.' }
					})
				};
			}
		}
	];
}

if (wanted('draft'))
	results.push(
		await measure('reflection draft save', {
			url: origin,
			duration: 8,
			requests: draftSaves(pairs)
		})
	);

if (wanted('overview'))
	results.push(
		await measure('group overview, 150 learners, 10 trainers', {
			url: `${origin}/opleider/groepen/${GROUP_150}`,
			connections: 10,
			headers: { cookie: trainer150 }
		})
	);
// A live class: the group's learners save drafts while the trainers watch. Each save changes the
// group's fingerprint, so many views rebuild the rows (decision 010) instead of using kept ones.
if (wanted('overview')) {
	const members = new Set(
		(
			await db
				.select({ userId: cohortMember.userId })
				.from(cohortMember)
				.where(and(eq(cohortMember.cohortId, GROUP_150), isNull(cohortMember.removedAt)))
		).map((r) => r.userId)
	);
	const classPairs = pairs.filter((p) => members.has(p.userId));
	for (const [trainers, saves] of [
		[10, 20],
		[1, 100]
	] as const) {
		const background = load('drafts', {
			url: origin,
			connections: 5,
			overallRate: saves,
			duration: 13,
			requests: draftSaves(classPairs)
		});
		results.push(
			await measure(
				`group overview, 150 learners, ${trainers} trainer(s), ${saves} draft saves/s in the group`,
				{
					url: `${origin}/opleider/groepen/${GROUP_150}`,
					connections: trainers,
					headers: { cookie: trainer150 }
				}
			)
		);
		const drafts = await background;
		console.log(`  draft saves meanwhile: ${drafts.requestsPerSecond}/s (${drafts.statuses})`);
	}
}
if (wanted('analysis'))
	results.push(
		await measure('item analysis, 500 learners', {
			url: `${origin}/opleider/groepen/${GROUP_500}/analyse/${modules[0]!.slug}`,
			connections: 10,
			headers: { cookie: trainer500 }
		})
	);

// One trainer alone: the response time a trainer waits for, without others in the queue.
if (wanted('overview'))
	results.push(
		await measure('group overview, 150 learners, 1 trainer', {
			url: `${origin}/opleider/groepen/${GROUP_150}`,
			connections: 1,
			duration: 5,
			headers: { cookie: trainer150 }
		})
	);
if (wanted('analysis'))
	results.push(
		await measure('item analysis, 500 learners, 1 trainer', {
			url: `${origin}/opleider/groepen/${GROUP_500}/analyse/${modules[0]!.slug}`,
			connections: 1,
			duration: 5,
			headers: { cookie: trainer500 }
		})
	);

// The exports of the group of 500: wall time of whole downloads, and memory while exporting.
async function timeDownloads(file: string) {
	const before = server.maxRssMb();
	const times: number[] = [];
	let bytes = 0;
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		const response = await fetch(`${origin}/opleider/groepen/${GROUP_500}/export/${file}`, {
			headers: { cookie: trainer500 }
		});
		bytes = (await response.arrayBuffer()).byteLength;
		times.push(performance.now() - start);
	}
	return (
		`${file}, group of 500: ${(bytes / 1024).toFixed(0)} KB, ` +
		`${times.map((t) => t.toFixed(0)).join(' / ')} ms; ` +
		`server RSS before ${before.toFixed(0)} MB, peak ${server.maxRssMb().toFixed(0)} MB.`
	);
}
const downloads = wanted('export')
	? [await timeDownloads('voortgang.csv'), await timeDownloads('voortgang.xlsx')]
	: [];
printTable(results);
for (const line of downloads) console.log(line);
console.log(`Server resident memory, peak over the whole run: ${server.maxRssMb().toFixed(0)} MB.`);
await server.stop();
await handle.close();
