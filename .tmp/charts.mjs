import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '/work/main/scripts/chromium.js';
const base = 'http://127.0.0.1:4180';
const browser = await chromium.launch(chromiumLaunchOptions());
for (const scheme of ['light', 'dark']) {
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
const h1 = () => page.getByRole('heading', { level: 1 });
const nav = (l) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: l }).click();
await page.goto(base);
await page.getByRole('button', { name: 'Set up my journal' }).click();
await page.getByLabel('Passphrase', { exact: true }).fill('kettle orbit velvet lantern');
await page.getByLabel('Type it again').fill('kettle orbit velvet lantern');
await page.getByRole('button', { name: 'Continue' }).click();
await page.getByLabel('I’ve saved my recovery key somewhere safe.').check();
await page.getByRole('button', { name: 'Create my journal' }).click();
await h1().filter({ hasText: 'My recovery journal' }).waitFor();
const pad = (n) => String(n).padStart(2, '0');
for (let i = 12; i >= 0; i -= 1) {
  if (i % 3 === 2) continue;
  const d = new Date(); d.setDate(d.getDate() - i);
  await nav('Journey');
  await page.getByRole('link', { name: 'Check in now' }).click();
  for (const [s, v] of [['Mood', 1 + ((i * 7) % 5)], ['Sleep', 1 + ((i * 3) % 5)], ['Hope', 1 + ((i * 2) % 5)], ['Feeling connected', 1 + (i % 5)]])
    await page.getByRole('radio', { name: `${s}: ${v} of 5` }).check();
  await page.getByLabel('When').fill(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await h1().filter({ hasText: 'My journey' }).waitFor();
}
await page.screenshot({ path: `/tmp/shots/hub-${scheme}.png`, fullPage: true });
await page.getByRole('link', { name: 'How I’ve been: charts and calendar' }).click();
await page.waitForTimeout(1500);
await page.screenshot({ path: `/tmp/shots/charts-${scheme}.png`, fullPage: true });
await context.close();
}
await browser.close();
