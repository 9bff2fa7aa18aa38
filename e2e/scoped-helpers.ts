import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { emulatorUrl } from '../playwright.config';
import { expect } from './fixtures/portal';

// Shared by the administrative unit and app registration stories (issue #6).

export async function expectNoAxeViolations(page: Page, what: string) {
  // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) are how Fluent traps and restores
  // focus; axe's aria-hidden-focus rule can't tell. The top bar is the shell's, checked with the shell.
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').exclude('header').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join(', ')})`), what).toEqual([]);
}

export async function screenshotLightAndDark(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(`${name}-light`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  const theme = page.getByRole('switch', { name: 'Dark theme' });
  await theme.check();
  await testInfo.attach(`${name}-dark`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await theme.uncheck();
}

export async function pickMember(panel: Locator, search: string, name: string) {
  await panel.getByRole('combobox', { name: 'Search members' }).fill(search);
  await panel.getByRole('menuitemcheckbox', { name: new RegExp(`^${name}`) }).click();
  await expect(panel.getByRole('toolbar', { name: /^Selected members/ }).getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
}

type Served = { method: string; path: string; batchId?: string };
/** The emulator's log of the Graph requests it served (test-only endpoint). */
export const graphLog = {
  clear: async () => void (await fetch(`${emulatorUrl}/_emulator/requests`, { method: 'DELETE' })),
  read: async () => (await (await fetch(`${emulatorUrl}/_emulator/requests`)).json()) as Served[],
};
export const summary = (served: Served[]) =>
  served.map((r) => `${r.batchId ? '  (in $batch) ' : ''}${r.method} ${decodeURIComponent(r.path)}`).join('\n');
