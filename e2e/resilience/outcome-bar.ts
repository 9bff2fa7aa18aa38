import { expect, type Page } from '@playwright/test';

export type ShownOutcome = { intent: 'status' | 'alert'; message: string; lines: string[] };

// The outcome of a write is a Fluent MessageBar (components/common/action-result-bar.tsx): a polite status when
// everything landed, an alert otherwise, with one list item per principal or assignment.
const outcomeBars = (page: Page) => page.locator('.fui-MessageBar[role="status"], .fui-MessageBar[role="alert"]');

/** Waits for the outcome bar of the write just made and reads it as the admin would. */
export async function readOutcomeBar(page: Page, matching: RegExp, timeout: number): Promise<ShownOutcome> {
  const bar = outcomeBars(page).filter({ hasText: matching }).last();
  await expect(bar, 'the blade shows the write\u2019s outcome').toBeVisible({ timeout });
  const lines = (await bar.locator('li').allInnerTexts()).map((line) => line.trim()).filter(Boolean);
  const message = (await bar.innerText()).trim();
  const intent = (await bar.getAttribute('role')) === 'alert' ? 'alert' : 'status';
  return { intent, message, lines };
}

/** On a role's blade: select every assignment on the page, Remove, and Yes; `afterYes` runs right after the click. */
export async function removeAllOnRoleBlade(page: Page, expectedCount: number, afterYes?: () => Promise<void>): Promise<void> {
  await page.getByRole('checkbox', { name: 'Select all assignments on this page' }).check();
  const remove = page.getByRole('button', { name: `Remove assignments (${expectedCount})` });
  await expect(remove).toBeEnabled();
  await remove.click();
  const dialog = page.getByRole('alertdialog', { name: /^Remove (?:\d+ )?assignments?$/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Yes' }).click();
  await afterYes?.();
}
