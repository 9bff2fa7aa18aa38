// Headless chromium: time until the grid shows data, JavaScript shipped on a cold load, and the bulk removal.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { untilHydrated } from '../../e2e/fixtures/hydration.mjs';
import { median, round } from './stats.mjs';

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function signedInContext(browser, portalOrigin, cookie) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  await context.addCookies([{ name: 'rp_session', value: cookie, url: portalOrigin, httpOnly: true, sameSite: 'Lax' }]);
  // The first data row: a row of the grid with a non-empty cell (skeleton rows are not ARIA rows), stamped at the
  // next animation frame after it is in the DOM with a size, in ms since navigation start (performance.now()).
  await context.addInitScript(() => {
    const w = window;
    w.__benchFirstRow = null;
    let pending = false;
    const check = () => {
      if (pending || w.__benchFirstRow !== null) return true;
      const cells = document.querySelectorAll('[role="row"] [role="gridcell"], [role="row"] [role="cell"]');
      for (const cell of cells) {
        if ((cell.textContent ?? '').trim() && cell.getBoundingClientRect().height > 0) {
          pending = true;
          requestAnimationFrame(() => {
            w.__benchFirstRow = performance.now();
          });
          return true;
        }
      }
      return false;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  return context;
}

async function loadUntilRow(page, url, timeoutMs = 30_000) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__benchFirstRow !== null, null, { timeout: timeoutMs, polling: 50 });
  return page.evaluate(() => window.__benchFirstRow);
}

/** Median time to the first data row over `runs` loads in one signed-in context (warm HTTP cache after a warm-up). */
export async function gridTimes(browser, portalOrigin, cookie, url, { runs = 5 } = {}) {
  const context = await signedInContext(browser, portalOrigin, cookie);
  try {
    const page = await context.newPage();
    await loadUntilRow(page, url);
    const samples = [];
    for (let i = 0; i < runs; i += 1) samples.push(await loadUntilRow(page, url));
    return { medianMs: round(median(samples)), samplesMs: samples.map((s) => round(s)), runs };
  } finally {
    await context.close();
  }
}

/**
 * JavaScript of a cold load (new context, empty cache): every script response until the first data row plus a
 * second. `gzipBytes` = each script body gzipped by us at level 9 (the figure held to the target, independent of
 * the server's compression); `transferredBytes` = encoded body bytes as sent by next start.
 */
export async function shippedJs(browser, portalOrigin, cookie, url) {
  const context = await signedInContext(browser, portalOrigin, cookie);
  try {
    const page = await context.newPage();
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await loadUntilRow(page, url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1_000);
    let gzipBytes = 0;
    let rawBytes = 0;
    let transferredBytes = 0;
    const files = [];
    for (const response of scripts) {
      const body = await response.body().catch(() => null);
      if (!body) continue;
      const gz = gzipSync(body, { level: 9 }).length;
      const sizes = await response.request().sizes().catch(() => null);
      gzipBytes += gz;
      rawBytes += body.length;
      transferredBytes += sizes?.responseBodySize ?? 0;
      files.push({ url: new URL(response.url()).pathname, raw: body.length, gzip: gz });
    }
    files.sort((a, b) => b.gzip - a.gzip);
    return { scripts: files.length, gzipBytes, rawBytes, transferredBytes, largest: files.slice(0, 5) };
  } finally {
    await context.close();
  }
}

/**
 * The bulk removal as an admin does it: the role blade's first page (100 rows), "Select all assignments on this
 * page", Remove assignment, Yes; timed from the click on Yes to the result message. `onBeforeRemove` runs just
 * before (clears the emulator's log).
 */
export async function bulkRemoval(browser, portalOrigin, cookie, url, onBeforeRemove) {
  const context = await signedInContext(browser, portalOrigin, cookie);
  try {
    const page = await context.newPage();
    await loadUntilRow(page, url);
    const selectAll = page.getByRole('checkbox', { name: 'Select all assignments on this page' });
    // The first row shows before React has hydrated the page, and a click on server HTML is lost: wait for
    // hydration, then check once (check() fails if the click did not take). The wall time below starts later, at Yes.
    await untilHydrated(page);
    await selectAll.check();
    const selectedRows = await page.locator('[role="row"][aria-selected="true"]').count();
    await onBeforeRemove();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const dialog = page.getByRole('alertdialog', { name: /^Remove (assignment|\d+ assignments)$/ });
    const yes = dialog.getByRole('button', { name: 'Yes' });
    await yes.waitFor({ state: 'visible', timeout: 30_000 });
    const started = performance.now();
    await yes.click();
    const status = page.getByRole('status').filter({ hasText: /Removed \d+ assignments?/ });
    await status.first().waitFor({ state: 'visible', timeout: 60_000 });
    const wallMs = performance.now() - started;
    // The status names every removed row after its first sentence; the first sentence is the result.
    const message = /^[^.]*\./.exec((await status.first().textContent())?.trim() ?? '')?.[0] ?? '';
    return { selectedRows, wallMs: round(wallMs), message };
  } finally {
    await context.close();
  }
}
