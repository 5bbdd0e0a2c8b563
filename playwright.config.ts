import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// One id per run, inherited by the workers, so setup and teardown name the same database.
process.env.E2E_RUN_ID ??= String(process.pid);
const chromium =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
	forbidOnly: !!process.env.CI,
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.PLAYWRIGHT_JSON
		? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
		: [['list']],
	globalTeardown: './tests/e2e/support/global-teardown.ts',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromium,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
						'--disable-quic'
					]
				}
			}
		}
	],
	webServer: {
		command: 'npx tsx tests/e2e/support/server.ts',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'pipe',
		stderr: 'pipe',
		env: {
			E2E_PORT: String(port),
			E2E_RUN_ID: process.env.E2E_RUN_ID,
			...(process.env.BUILD_DIR ? { BUILD_DIR: process.env.BUILD_DIR } : {})
		}
	}
});
