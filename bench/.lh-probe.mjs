import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath(),
	chromeFlags: [...chromiumArgs, '--headless=new']
});
for (let i = 0; i < 8; i++) {
	const r = await lighthouse(process.argv[2] ?? 'http://127.0.0.1:4177/', {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance']
	});
	const a = r.lhr.audits;
	console.log(
		'perf',
		r.lhr.categories.performance.score,
		'fcp',
		Math.round(a['first-contentful-paint'].numericValue),
		'lcp',
		Math.round(a['largest-contentful-paint'].numericValue),
		'tbt',
		Math.round(a['total-blocking-time'].numericValue),
		'bi',
		r.lhr.environment.benchmarkIndex
	);
}
await chrome.kill();
