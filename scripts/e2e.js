// Runs the browser tests: finds (or on Debian, as root, installs) Chromium, builds the app, builds
// a second "next" version for the update test and the share relay, then runs Playwright. Extra arguments go to Playwright;
// WAYMARK_E2E_WORKERS sets how many browsers run at once (one per core and one more, unless set).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.js';

function playwrightBrowserPresent() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

function ensureChromium() {
	if (chromiumPath() || playwrightBrowserPresent()) return;
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('No Chromium found: installing Debian\'s "chromium" package…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		if (chromiumPath()) return;
	}
	console.error(`The browser tests need Chromium, and none was found.
Install one of these, then run the tests again:
  - Debian or Ubuntu:   sudo apt-get install chromium
  - any other machine:  npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium or Chrome binary you already have.`);
	process.exit(1);
}

/** @param {Record<string, string>} env */
function build(env) {
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureChromium();
// The update test serves this build, then swaps in the next one.
build({ WAYMARK_OUT: '.builds/next', WAYMARK_BUILD_ID: 'next' });
build({});
// The share relay the tests' server runs beside the app, on an empty database.
const relay = spawnSync('npx', ['tsc', '-p', 'relay/tsconfig.json'], { stdio: 'inherit' });
if (relay.status !== 0) process.exit(relay.status ?? 1);
rmSync('test-results/relay-data', { recursive: true, force: true });
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit'
});
process.exit(result.status ?? 1);
