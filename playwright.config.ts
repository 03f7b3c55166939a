import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

const launch = chromiumLaunchOptions();
// Voice notes are recorded from Chromium's fake microphone (a steady tone), allowed without asking.
const fakeMicrophone = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

// Its own port, so a copy of the app left running with `npm start` is never tested by mistake;
// WAYMARK_E2E_PORT lets two working copies run their browser tests side by side.
const port = Number(process.env.WAYMARK_E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e-artifacts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// Journeys happen at phone size unless a test says otherwise.
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		launchOptions: { ...launch, args: [...launch.args, ...fakeMicrophone] },
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `node scripts/serve.js --root build --port ${port}`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false
	}
});
