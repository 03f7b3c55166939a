// Adds up the unit (Vitest) and browser (Playwright) results from their JSON reports into the
// line CI ends with: `tests: N passed, N failed`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @param {string} path */
function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

/**
 * @param {any} vitest Vitest's JSON report, or undefined when it did not run
 * @param {any} playwright Playwright's JSON report, or undefined when it did not run
 */
export function countTests(vitest, playwright) {
	let passed = 0;
	let failed = 0;
	if (vitest) {
		passed += vitest.numPassedTests ?? 0;
		failed += vitest.numFailedTests ?? 0;
	}
	if (playwright?.stats) {
		// A flaky test failed before it passed: count it as failed, CI must not hide it.
		passed += playwright.stats.expected ?? 0;
		failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
	}
	return { passed, failed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { passed, failed } = countTests(
		readJson('test-results/unit.json'),
		readJson('test-results/e2e.json')
	);
	// Two numbers on one line, for .ci/run to read.
	console.log(`${passed} ${failed}`);
}
