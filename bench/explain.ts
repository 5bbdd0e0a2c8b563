// Prints the query plans behind the trainer's views on the seeded benchmark database: it runs the
// group overview (group of 150), the item analysis and the progress export (group of 500) once,
// records every statement they send, and runs EXPLAIN ANALYZE on each. Run bench/seed.ts first.
//   npx tsx bench/explain.ts
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from '../src/lib/server/db/client';
import * as schema from '../src/lib/server/db/schema';
import { groupOverview } from '../src/lib/server/overview/overview';
import { moduleAnalysis } from '../src/lib/server/analysis/item-analysis';
import { progressRows } from '../src/lib/server/exports/progress';
import { progressLabels } from '../src/lib/server/exports/labels';
import { BENCH_URL, GROUP_150, GROUP_500 } from './seed';

const pool = new pg.Pool({ connectionString: BENCH_URL, max: 2 });
let recording: { query: string; params: unknown[] }[] = [];
const db = drizzle(pool, {
	schema,
	logger: { logQuery: (query, params) => recording.push({ query, params }) }
}) as unknown as Database;

const groupOf = async (id: string) =>
	(await db.select().from(schema.cohort).where(eq(schema.cohort.id, id)))[0]!;

async function explain(title: string, run: () => Promise<unknown>) {
	recording = [];
	await run();
	const statements = recording.filter((s) => /^\s*(select|with)\b/i.test(s.query));
	console.log(`\n## ${title}: ${statements.length} statements\n`);
	for (const { query, params } of statements) {
		const plan = await pool.query(
			`explain (analyze, costs off, timing off, summary on) ${query}`,
			params as unknown[]
		);
		const lines = plan.rows.map((r) => r['QUERY PLAN'] as string);
		const short = query
			.replace(/\s+/g, ' ')
			.replace(/\$\d+(, \$\d+)+/g, '…')
			.slice(0, 140);
		console.log('```');
		console.log(short);
		for (const line of lines) {
			if (/Scan|Join|Aggregate|Execution Time|Sort|Limit/.test(line)) console.log(line);
		}
		console.log('```');
	}
}

const group150 = await groupOf(GROUP_150);
const group500 = await groupOf(GROUP_500);
await explain('Group overview, 150 learners', () =>
	groupOverview(db, group150, new Date(), new URLSearchParams())
);
await explain('Item analysis, group of 500, first module', async () =>
	moduleAnalysis(db, group500, 'functies')
);
await explain('Progress export, group of 500', async () => {
	for await (const page of progressRows(db, group500, new Date(), progressLabels())) void page;
});
await pool.end();
