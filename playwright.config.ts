import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

const launch = chromiumLaunchOptions();
// Voice notes are recorded from Chromium's fake microphone (a steady tone), allowed without asking.
const fakeMicrophone = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

// Its own port, so a copy of the app left running with `npm start` is never tested by mistake;
// WAYMARK_E2E_PORT lets two working copies run their browser tests side by side.
const port = Number(process.env.WAYMARK_E2E_PORT ?? 4174);

// One browser per core and one more unless told otherwise (WAYMARK_E2E_WORKERS=1 on a machine
// that is busy): some tests wait on the clock (a recording's ten seconds, an update's reload),
// and the extra browser uses the core they leave idle. On 2 cores: 6.7 min against 7.4 to 7.7.
const workers = Number(process.env.WAYMARK_E2E_WORKERS) || availableParallelism() + 1;
const ci = !!process.env.CI;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e-artifacts',
	fullyParallel: true,
	forbidOnly: ci,
	// In CI a failed test runs once more, traced, so the failure can be seen step by step; passing
	// the second time it is still "flaky", which fails the run (and counts as failed in .ci/run).
	retries: ci ? 1 : 0,
	failOnFlakyTests: ci,
	workers,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// Journeys happen at phone size unless a test says otherwise.
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		launchOptions: { ...launch, args: [...launch.args, ...fakeMicrophone] },
		// Tracing every test costs about a tenth of the run; a retry is traced instead.
		trace: 'on-first-retry',
		// Installing the service worker precaches the whole app in every new browser; only the
		// tests about offline use, updates and installing allow it (test.use in their files).
		serviceWorkers: 'block'
	},
	// The app with its share relay, as `npm start` serves it: on the PostgreSQL server .ci/run
	// starts, when there is one, else on an embedded database of its own (scripts/e2e.js empties
	// it before each run, and compiles the relay).
	webServer: {
		command: `node scripts/serve.js --root build --port ${port} --relay`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		env: process.env.RELAY_TEST_DATABASE_URL
			? { DATABASE_URL: process.env.RELAY_TEST_DATABASE_URL }
			: { RELAY_DATA_DIR: 'test-results/relay-data' }
	}
});
