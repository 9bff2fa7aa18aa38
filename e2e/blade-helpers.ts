import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { emulatorUrl } from '../playwright.config';
import { expect } from './fixtures/portal';

/** axe on the blade; Fluent's focus-trap sentinels and the shared header are checked elsewhere. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').exclude('header').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Light and dark screenshots, attached to the report for a person to look at (not pixel baselines). */
export async function screenshotLightAndDark(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(`${name}-light`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  const theme = page.getByRole('switch', { name: 'Dark theme' });
  await theme.check();
  await testInfo.attach(`${name}-dark`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await theme.uncheck();
}

type Served = { method: string; path: string; batchId?: string };

/** The emulator's log of the Graph requests it served (test-only endpoint). */
export const graphLog = {
  clear: async () => void (await fetch(`${emulatorUrl}/_emulator/requests`, { method: 'DELETE' })),
  read: async () => (await (await fetch(`${emulatorUrl}/_emulator/requests`)).json()) as Served[],
  summary: (served: Served[]) => served.map((r) => `${r.batchId ? '  (in $batch) ' : ''}${r.method} ${decodeURIComponent(r.path)}`).join('\n'),
};
