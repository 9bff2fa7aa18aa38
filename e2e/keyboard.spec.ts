import type { Locator, Page, TestInfo } from '@playwright/test';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';

// Focus goes back where it came from (issue #13): an admin who works with the keyboard alone opens Add assignments
// and Remove, closes them every way there is, and keeps their place: on the command that opened them, or on the grid
// when that command can no longer act.
const helpdeskAdministrator = '729827e3-9c14-49f7-bb1b-9608f156bbb8';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a person moving through the page would. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target}`);
}

/** Presses an arrow key until `target` has focus, as in a toolbar or a grid. */
async function arrowTo(page: Page, target: Locator, key: 'ArrowDown' | 'ArrowUp' | 'ArrowLeft' | 'ArrowRight', max = 10) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The page with its focus ring, for a person to look at (kept in test-results/ and attached to the report). */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Whether focus is on a control inside `container` (a grid's row checkbox, say). */
async function expectFocusWithin(container: Locator) {
  await expect.poll(() => container.evaluate((element) => element.contains(document.activeElement) && element !== document.activeElement)).toBe(true);
}

test.describe('Keyboard focus after panels and dialogs close', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('on a role\u2019s blade, Add and Remove give focus back to their command, or to the grid once Remove can\u2019t act', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    const add = page.getByRole('button', { name: 'Add assignments' });
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    const grid = page.getByRole('grid', { name: 'Assignments of Helpdesk Administrator' });
    await expect(grid).toBeVisible();

    // Escape, then Cancel: back on Add assignments each time.
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { name: 'Select member(s)' })).toBeVisible();
    await expectFocusWithin(panel);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(add).toBeFocused();

    await page.keyboard.press('Space');
    await expect(panel.getByRole('heading', { name: 'Select member(s)' })).toBeVisible();
    await tabTo(page, panel.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect(panel).toBeHidden();
    await expect(add).toBeFocused();

    // Add a member with the keyboard: type, pick with the arrow keys and Enter, then Add.
    await page.keyboard.press('Enter');
    const search = panel.getByRole('combobox', { name: 'Search members' });
    await tabTo(page, search);
    await page.keyboard.type('Alex');
    await expect(panel.getByRole('menuitemcheckbox', { name: /^Alex Wilber/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('toolbar', { name: /^Selected members/ }).getByRole('button', { name: /^Alex Wilber/ })).toBeVisible();
    await page.keyboard.press('Escape'); // closes the list of results, not the panel
    await expect(panel).toBeVisible();
    await tabTo(page, panel.getByRole('button', { name: 'Add', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Added Alex Wilber to Helpdesk Administrator at Directory scope.' })).toBeVisible();
    await expect(panel).toBeHidden();
    await expect(grid.getByRole('row', { name: /Alex Wilber/ })).toBeVisible();
    await expect(add).toBeFocused();
    await attachScreenshot(page, testInfo, 'focus-back-on-add-assignments');

    // Select Alex Wilber's row with the keyboard: into the grid, down the checkboxes, Space.
    await tabTo(page, grid.getByRole('checkbox', { name: 'Select all assignments on this page' }));
    const alex = grid.getByRole('checkbox', { name: 'Select Alex Wilber at Directory' });
    await arrowTo(page, alex, 'ArrowDown');
    await page.keyboard.press('Space');
    await expect(alex).toBeChecked();

    // Remove, then Escape: back on Remove assignment.
    const remove = page.getByRole('button', { name: 'Remove assignment' });
    await tabTo(page, add, { backwards: true }); // the command bar is one stop, and remembers Add assignments
    await arrowTo(page, remove, 'ArrowRight');
    const dialog = page.getByRole('alertdialog', { name: 'Remove assignment' });
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expectFocusWithin(dialog);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(remove).toBeFocused();

    // No: back on Remove assignment.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'No' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(remove).toBeFocused();

    // Yes: the row goes, Remove can no longer act, and focus is on the grid's first row.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Yes' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /Removed 1 assignment of Helpdesk Administrator/ })).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(grid.getByRole('row', { name: /Alex Wilber/ })).toBeHidden();
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(grid.getByRole('row').nth(1).getByRole('checkbox')).toBeFocused();
    await attachScreenshot(page, testInfo, 'focus-on-the-grid-after-remove');
  });
});
