import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
const browser = await chromium.launch(chromiumLaunchOptions());
const url = process.argv[2] ?? 'http://127.0.0.1:4177/';
const keys = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
const totals = Object.fromEntries(keys.map((k) => [k, []]));
for (let i = 0; i < 15; i++) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(300);
	const { metrics } = await cdp.send('Performance.getMetrics');
	for (const k of keys) totals[k].push(metrics.find((m) => m.name === k).value * 1000);
	await context.close();
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(1);
console.log(keys.map((k) => `${k.replace('Duration', '')}=${med(totals[k])}`).join(' '));
await browser.close();
