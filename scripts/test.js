// `npm test`: unit and database tests (Vitest), then the end-to-end suite (Playwright) against
// the built server. Runs on PGlite, or on the PostgreSQL server named by TEST_DATABASE_URL.
// Ends with one line "N passed, N failed" summed over both runners; exits non-zero when anything
// failed, a runner broke, or no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const label = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
const dir = path.resolve('.reports', label);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

function run(command, args, env = {}) {
	console.log(`\n▶ ${command} ${args.join(' ')}  [${label}]`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status ?? 1;
}

function readJson(file) {
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const vitestFile = path.join(dir, 'vitest.json');
const playwrightFile = path.join(dir, 'playwright.json');
const codes = [];
codes.push(run('npx', ['vitest', 'run'], { VITEST_JSON: vitestFile }));
const built = run('npx', ['vite', 'build']);
codes.push(built);
if (built === 0)
	codes.push(run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON: playwrightFile }));

const vitest = readJson(vitestFile);
const playwright = readJson(playwrightFile);
const summary = {
	passed: (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0),
	failed:
		(vitest?.numFailedTests ?? 0) +
		(playwright?.stats?.unexpected ?? 0) +
		(playwright?.stats?.flaky ?? 0),
	skipped:
		(vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0)
};
const broken = codes.some((code) => code !== 0) || !vitest || !playwright;
if (broken && summary.failed === 0) summary.failed = 1; // a runner that crashed counts as a failure
writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary));

console.log(
	`\n${label}: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`
);
process.exit(summary.failed > 0 || summary.passed === 0 ? 1 : 0);
