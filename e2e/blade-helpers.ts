import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { emulatorControl } from './fixtures/emulator-control';
import { expect } from './fixtures/portal';

/**
 * axe on the blade. Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) are how Fluent traps
 * and restores focus; they are never reachable as content, and axe's aria-hidden-focus rule can't tell. The top bar
 * is the shell's, checked with the shell.
 */
export async function expectNoAxeViolations(page: Page, what = 'the blade') {
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').exclude('header').analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html} ${n.failureSummary ?? ''}`).join(', ')})`),
    what,
  ).toEqual([]);
}

/** Light and dark screenshots, attached to the report for a person to look at (not pixel baselines). */
export async function screenshotLightAndDark(page: Page, testInfo: TestInfo, name: string, options: { axeInDark?: boolean } = {}) {
  await testInfo.attach(`${name}-light`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  const theme = page.getByRole('switch', { name: 'Dark theme' });
  await theme.check();
  if (options.axeInDark) await expectNoAxeViolations(page, `${name} in dark`);
  await testInfo.attach(`${name}-dark`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await theme.uncheck();
}

/** Picks a member in an open Add panel's picker, and waits for the tag that says it is selected. */
export async function pickMember(panel: Locator, search: string, name: string) {
  await panel.getByRole('combobox', { name: 'Search members' }).fill(search);
  await panel.getByRole('menuitemcheckbox', { name: new RegExp(`^${name}`) }).click();
  await expect(panel.getByRole('toolbar', { name: /^Selected members/ }).getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
}

type Served = { method: string; path: string; status: number; batchId?: string };

/** The emulator's log of the Graph requests it served (a control endpoint). */
export const graphLog = {
  clear: emulatorControl.clearRequests,
  read: async (): Promise<Served[]> => emulatorControl.requests(),
};

/** The log as lines a person reads in the report: method and path, inner $batch requests indented. */
export const summary = (served: Served[]) =>
  served.map((r) => `${r.batchId ? '  (in $batch) ' : ''}${r.method} ${decodeURIComponent(r.path)}`).join('\n');

/**
 * An open dialog or drawer, axe-checked and photographed in light and dark. The theme switch sits behind the modal,
 * so the modal is closed, the theme switched, and the modal opened again (and closed at the end, in light).
 */
export async function modalLightAndDark(page: Page, testInfo: TestInfo, name: string, modal: { open: () => Promise<void>; close: () => Promise<void> }) {
  await expectNoAxeViolations(page, `${name} in light`);
  await testInfo.attach(`${name}-light`, { body: await page.screenshot(), contentType: 'image/png' });
  await modal.close();
  const theme = page.getByRole('switch', { name: 'Dark theme' });
  await theme.check();
  await modal.open();
  await expectNoAxeViolations(page, `${name} in dark`);
  await testInfo.attach(`${name}-dark`, { body: await page.screenshot(), contentType: 'image/png' });
  await modal.close();
  await theme.uncheck();
}

/**
 * Opens `name`'s Overview from the users or groups list searched for `search`. The fixture's `goto` has waited for
 * hydration, so one click opens the blade.
 */
export async function openFromList(page: Page, list: 'users' | 'groups', search: string, name: string) {
  await page.goto(`/${list}?search=${encodeURIComponent(search)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name: `${name} | Overview` })).toBeVisible();
}
