import { expect, type Page } from '@playwright/test';
import { blanketOutcome, outcomesByName, type ReportedOutcome } from './reported-outcome';

/**
 * What the admin saw after a write. `blanket` is an outcome the screen claimed for every item at once, with no line
 * per item: "Microsoft Graph failed; nothing was changed." when a check failed before any write, or the error
 * boundary that replaces a blade whose re-render failed ("Nothing was changed").
 */
export type ShownOutcome = { intent: 'status' | 'alert' | 'error boundary'; message: string; lines: string[]; blanket?: ReportedOutcome };

// The outcome of a write is a Fluent MessageBar (components/common/action-result-bar.tsx): a polite status when
// everything landed, an alert otherwise, with one list item per principal or assignment.
const outcomeBars = (page: Page) => page.locator('.fui-MessageBar[role="status"], .fui-MessageBar[role="alert"]');

/**
 * Waits for the outcome bar of the write just made and reads it as the admin would. The page must have shown no
 * other outcome bar since it was loaded: any bar on it is taken as this write's.
 */
export async function readOutcomeBar(page: Page, timeout: number): Promise<ShownOutcome> {
  const bar = outcomeBars(page).last();
  // app/(portal)/error.tsx: when the blade fails to render again after the write, this is all the admin sees.
  const boundary = page.getByRole('alert').filter({ hasText: /couldn.t be loaded|Something went wrong/ }).first();
  await expect(bar.or(boundary).first(), 'the blade shows the write\u2019s outcome').toBeVisible({ timeout });
  // A change's outcome stays above a failed re-read (components/common/kept-outcome.tsx): read its lines first.
  const withLines = outcomeBars(page).filter({ has: page.locator('li') }).last();
  if ((await withLines.count()) > 0 && (await withLines.isVisible())) {
    const lines = (await withLines.locator('li').allInnerTexts()).map((line) => line.trim()).filter(Boolean);
    const intent = (await withLines.getAttribute('role')) === 'alert' ? 'alert' : 'status';
    return { intent, message: (await withLines.innerText()).trim(), lines };
  }
  // The boundary is a MessageBar too: look for it next, so that the figures name it.
  if (await boundary.isVisible()) {
    const message = (await boundary.innerText()).trim();
    return { intent: 'error boundary', message, lines: [], blanket: blanketOutcome(message) };
  }
  const lines = (await bar.locator('li').allInnerTexts()).map((line) => line.trim()).filter(Boolean);
  const message = (await bar.innerText()).trim();
  const intent = (await bar.getAttribute('role')) === 'alert' ? 'alert' : 'status';
  return { intent, message, lines, blanket: lines.length === 0 ? blanketOutcome(message) : undefined };
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

/** Each named item's outcome as the screen gave it: its own line, or the blanket claim when there were no lines. */
export function outcomesOf(shown: ShownOutcome, names: readonly string[]): Map<string, ReportedOutcome> {
  const { blanket } = shown;
  if (blanket && shown.lines.length === 0) return new Map(names.map((name) => [name, blanket]));
  return outcomesByName(shown.lines, names);
}
