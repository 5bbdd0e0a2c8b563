// Seeds a realistic institution into the PostgreSQL database named by DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/klasteam_bench, recreated): 5,000 learners in 40 groups,
// one group of 150 and one of 500 among them, with lesson progress, quiz attempts and answers,
// review items, reflections with versions, and activity. Usage: npx tsx bench/seed.ts [learners]
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/lib/server/db/client';
import { loadCourse } from '../src/lib/server/content';
import { hashPassword } from '../src/lib/server/auth/password';
import * as s from '../src/lib/server/db/schema';
import { scoreItem, type QuizItem } from '../src/lib/content';

export const BENCH_URL =
	process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/klasteam_bench';
export const BENCH_PASSWORD = 'benchmark wachtzin voor iedereen';
export const BENCH_TRAINER = 'trainer@bench.test';
export const GROUP_150 = 'bench-group-150';
export const GROUP_500 = 'bench-group-500';

// A small deterministic PRNG, so every run seeds the same institution.
let state = 42;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

async function insertBatched<T>(db: Database, table: Parameters<Database['insert']>[0], rows: T[]) {
	for (let i = 0; i < rows.length; i += 1000) {
		await db.insert(table).values(rows.slice(i, i + 1000) as never);
	}
}

/**
 * A response that scores right (or wrong) for any item type, derived from the content, in the
 * shape the scoring takes (`src/lib/content/scoring/responses.ts`).
 */
function responseFor(item: QuizItem, right: boolean): unknown {
	const q = item.type === 'scenario' ? item.question : item;
	switch (q.type) {
		case 'single':
			return (q.options.find((o) => Boolean(o.correct) === right) ?? q.options[0]!).id;
		case 'multiple':
			return q.options.filter((o) => Boolean(o.correct) === right).map((o) => o.id);
		case 'true-false':
			return right ? q.answer : !q.answer;
		case 'match':
			return Object.fromEntries(
				q.pairs.map((p, i) => [p.id, right ? p.id : q.pairs[(i + 1) % q.pairs.length]!.id])
			);
		case 'order': {
			const ids = q.steps.map((st) => st.id);
			return right ? ids : [...ids].reverse();
		}
		case 'numeric':
			return right ? q.answer : q.answer + q.tolerance + 10;
		case 'short-text':
			return right ? q.accepted[0] : 'weet ik niet';
	}
}

async function main() {
	const learnerCount = Number(process.argv[2] ?? 5000);
	const url = new URL(BENCH_URL);
	const name = url.pathname.slice(1);
	const admin = await openDatabase({
		url: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
		poolSize: 1
	});
	await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
	await admin.db.execute(sql.raw(`create database ${name}`));
	await admin.close();

	const handle = await openDatabase({ url: BENCH_URL, poolSize: 4 });
	const db = handle.db;
	await handle.migrate('migrations');
	const course = loadCourse().course;
	const started = Date.now();
	const passwordHash = await hashPassword(BENCH_PASSWORD);
	const now = new Date();
	const day = 86_400_000;

	const trainers = Array.from({ length: 20 }, (_, i) => ({
		id: `bench-trainer-${i}`,
		email: i === 0 ? BENCH_TRAINER : `trainer${i}@bench.test`,
		name: `Opleider ${i}`,
		passwordHash,
		role: 'trainer' as const
	}));
	const learners = Array.from({ length: learnerCount }, (_, i) => ({
		id: `bench-learner-${i}`,
		email: `learner${i}@bench.test`,
		name: `Deelnemer ${String(i).padStart(4, '0')}`,
		passwordHash,
		role: 'learner' as const
	}));
	await insertBatched(db, s.user, [...trainers, ...learners]);

	// 40 groups: the first holds 500 learners, the second 150, the rest share the others.
	const sizes = [500, 150];
	const rest = learnerCount - 650;
	for (let g = 2; g < 40; g++) sizes.push(Math.floor(rest / 38) + (g - 2 < rest % 38 ? 1 : 0));
	const groups = sizes.map((size, g) => ({
		id: g === 0 ? GROUP_500 : g === 1 ? GROUP_150 : `bench-group-${g}`,
		name: `Groep ${g + 1}`,
		trackId: g % 3 === 2 ? 'ondersteuner' : 'leraar',
		joinCode: `BN${String(g).padStart(2, '0')}-${String(2345 + g).slice(-4)}`.replace(/[01]/g, '2'),
		ownerId: trainers[g % trainers.length]!.id,
		startsOn: new Date(now.getTime() - 60 * day).toISOString().slice(0, 10),
		size
	}));
	await insertBatched(
		db,
		s.cohort,
		groups.map(({ size: _size, ...g }) => g)
	);
	await insertBatched(
		db,
		s.cohortTrainer,
		groups.map((g) => ({ cohortId: g.id, userId: g.ownerId }))
	);

	const members: (typeof s.cohortMember.$inferInsert)[] = [];
	const enrolments: (typeof s.enrolment.$inferInsert)[] = [];
	const progress: (typeof s.lessonProgress.$inferInsert)[] = [];
	const attempts: (typeof s.quizAttempt.$inferInsert)[] = [];
	const answers: (typeof s.quizAnswer.$inferInsert)[] = [];
	const reviews: (typeof s.reviewItem.$inferInsert)[] = [];
	const reflections: (typeof s.reflection.$inferInsert)[] = [];
	const versions: (typeof s.reflectionVersion.$inferInsert)[] = [];
	const activity: (typeof s.activity.$inferInsert)[] = [];
	let next = 0;
	for (const group of groups) {
		const track = course.track(group.trackId)!;
		const modules = course.trackModules(track.id);
		for (let k = 0; k < group.size; k++) {
			const learner = learners[next++]!;
			members.push({
				cohortId: group.id,
				userId: learner.id,
				joinedAt: new Date(now.getTime() - 50 * day)
			});
			enrolments.push({ userId: learner.id, trackId: track.id });
			// Learners get through a varying part of the track: some finish, most are on the way.
			const reach = Math.floor(random() * (modules.length + 1));
			for (const [m, module] of modules.entries()) {
				if (m > reach) break;
				const at = new Date(now.getTime() - (reach - m + random() * 20) * day);
				const lessons = course.lessonsFor(module.slug, track.audience);
				const read = m < reach ? lessons.length : Math.floor(random() * lessons.length);
				for (const lesson of lessons.slice(0, read)) {
					progress.push({
						userId: learner.id,
						moduleSlug: module.slug,
						lessonSlug: lesson.slug,
						readAt: at
					});
				}
				activity.push({
					id: `${learner.id}-a-${m}`,
					userId: learner.id,
					kind: 'lesson-read',
					moduleSlug: module.slug,
					at
				});
				if (m === reach && random() < 0.5) continue;
				const items = course.itemsFor(module.slug, track.audience);
				const tries = 1 + Math.floor(random() * 3);
				for (let t = 0; t < tries; t++) {
					const attemptId = `${learner.id}-q-${m}-${t}`;
					const skill = 0.45 + random() * 0.5 + t * 0.1;
					let points = 0;
					for (const item of items) {
						const right = random() < skill;
						const response = responseFor(item, right);
						const score = scoreItem(item, response);
						const confidence = pick(['zeker', 'twijfel', 'gok', null] as const);
						points += score.score;
						answers.push({
							attemptId,
							itemId: item.id,
							response,
							score: score.score,
							correct: score.correct,
							confidence
						});
						if (t === tries - 1 && (!score.correct || confidence !== 'zeker')) {
							reviews.push({
								userId: learner.id,
								itemId: item.id,
								moduleSlug: module.slug,
								box: 1,
								dueAt: new Date(now.getTime() + (random() * 4 - 2) * day),
								confidentError: !score.correct && confidence === 'zeker',
								lastAnsweredAt: at
							});
						}
					}
					attempts.push({
						id: attemptId,
						userId: learner.id,
						moduleSlug: module.slug,
						audience: track.audience,
						contentVersion: course.version,
						itemIds: items.map((i) => i.id),
						status: 'submitted',
						startedAt: at,
						submittedAt: at,
						points,
						maxPoints: items.length,
						passed: (points / items.length) * 100 >= module.passMark
					});
				}
				const exercise = course.reflection(module.slug, track.audience);
				if (exercise && m < reach) {
					const fields = Object.fromEntries(
						exercise.fields.map((f) => [
							f.id,
							f.kind === 'date'
								? '2026-10-01'
								: f.kind === 'choice'
									? (f.options?.[0]?.id ?? '')
									: 'In de klas werkte ik samen met de leraar aan een kleine groep leerlingen. '.repeat(
											6
										)
						])
					);
					const reflectionId = `${learner.id}-r-${m}`;
					reflections.push({
						id: reflectionId,
						userId: learner.id,
						moduleSlug: module.slug,
						exerciseId: exercise.id,
						draft: fields,
						sequence: 3,
						updatedAt: at,
						submittedAt: at
					});
					versions.push({
						id: `${reflectionId}-v1`,
						reflectionId,
						version: 1,
						fields,
						contentVersion: course.version,
						submittedAt: at
					});
					activity.push({
						id: `${learner.id}-r-${m}`,
						userId: learner.id,
						kind: 'reflection-submitted',
						moduleSlug: module.slug,
						subject: reflectionId,
						at
					});
				}
			}
		}
	}
	await insertBatched(db, s.cohortMember, members);
	await insertBatched(db, s.enrolment, enrolments);
	await insertBatched(db, s.lessonProgress, progress);
	await insertBatched(db, s.quizAttempt, attempts);
	await insertBatched(db, s.quizAnswer, answers);
	await insertBatched(db, s.reviewItem, reviews);
	await insertBatched(db, s.reflection, reflections);
	await insertBatched(db, s.reflectionVersion, versions);
	await insertBatched(db, s.activity, activity);
	// As autovacuum leaves a settled database: statistics, and visibility maps for index-only scans.
	await db.execute(sql.raw('vacuum analyze'));
	console.log(
		`Seeded ${learnerCount} learners in ${groups.length} groups: ${attempts.length} attempts, ${answers.length} answers, ` +
			`${reflections.length} reflections, ${progress.length} lessons read, ${reviews.length} review items ` +
			`in ${((Date.now() - started) / 1000).toFixed(1)} s.`
	);
	// Scored by the real scoring: a share far from these means the responses no longer fit it.
	const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)}%`;
	console.log(
		`${share(answers.filter((a) => a.correct).length, answers.length)} of answers right, ` +
			`${share(attempts.filter((a) => a.passed).length, attempts.length)} of attempts passed.`
	);
	await handle.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
