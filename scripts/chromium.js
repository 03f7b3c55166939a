// Which Chromium the tests, benchmark and icon script drive, and how it is launched.
import { existsSync } from 'node:fs';

// Flags for a sandboxed machine with a closed network: headless, without a GPU or Chromium's own
// sandbox, and with none of Chromium's calls home (README.md, "Tests", says how it is found).
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * CHROMIUM_PATH wins; then a system Chromium; else undefined, meaning Playwright's own browser
 * (what a laptop with `npx playwright install` has).
 */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return candidates.find((path) => existsSync(path));
}

export function chromiumLaunchOptions() {
	const executablePath = chromiumPath();
	return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
