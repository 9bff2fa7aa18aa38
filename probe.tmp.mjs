import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://localhost:3200';
const paths = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
const page = await context.newPage();
page.on('console', (m) => { if (['error','warning'].includes(m.type())) console.log(`[console.${m.type()}] ${m.text().slice(0, 6000)}`); });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message.slice(0, 6000)}`));
await page.goto(base + '/roles');
await page.getByRole('button', { name: /^Patti Fernandez/ }).click();
await page.getByRole('button', { name: 'Account: Patti Fernandez' }).waitFor();
for (const p of paths) {
  console.log('== ' + p);
  await page.goto(base + p);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  if (process.env.SHOT) await page.screenshot({ path: `/tmp/probe/${p.replace(/[^a-z0-9]+/gi, '_')}.png`, fullPage: true });
}
await browser.close();
