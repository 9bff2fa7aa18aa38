import type { Locator, Page, TestInfo } from '@playwright/test';
import { builtInRoles } from '../tests/demo-tenant.mjs';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';

// Focus goes back where it came from (issue #13): an admin who works with the keyboard alone opens Add assignments
// and Remove, closes them every way there is, and keeps their place: on the command that opened them, or on the grid
// when that command can no longer act.
const { helpdeskAdministrator, userAdministrator } = builtInRoles;

/** The address a list's link leads to (the stories are about the blade, not how it is reached). */
async function hrefOf(page: Page, path: string, name: string): Promise<string> {
  await page.goto(path);
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  if (!href) throw new Error(`No link named ${name} on ${path}`);
  return href;
}

/** Presses Tab (or Shift+Tab) until focus is on `target` or in it (a command bar), as a person moving through the page would. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element.contains(document.activeElement))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target}`);
}

/** Presses the arrow keys, one way and then back, until `target` has focus, as in a command bar or a grid. */
async function arrowTo(page: Page, target: Locator, axis: 'horizontal' | 'vertical', max = 8) {
  const keys = axis === 'horizontal' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
  for (const key of keys) {
    for (let presses = 0; presses < max; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press(key);
    }
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

/** Into the grid at its select-all checkbox, down the checkboxes to `row`, Space: the row is selected. */
async function selectRowByKeyboard(page: Page, selectAll: Locator, row: Locator) {
  await tabTo(page, selectAll);
  await arrowTo(page, row, 'vertical');
  await page.keyboard.press('Space');
  await expect(row).toBeChecked();
}

/** Back to the command bar (one Tab stop: its commands are on the arrow keys), along it to Remove assignment, Enter. */
async function openRemoveByKeyboard(page: Page, commandBar: string) {
  const remove = page.getByRole('button', { name: 'Remove assignment' });
  await tabTo(page, page.getByRole('toolbar', { name: commandBar }), { backwards: true });
  await arrowTo(page, remove, 'horizontal');
  const dialog = page.getByRole('alertdialog', { name: 'Remove assignment' });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  return { remove, dialog };
}

/** Tabs to the open dialog's `answer` and presses Enter. */
async function answerByKeyboard(page: Page, dialog: Locator, answer: 'Yes' | 'No') {
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: answer }));
  await page.keyboard.press('Enter');
}

/** The panel or dialog has closed and focus is back on `control`. */
async function expectClosedWithFocusOn(closed: Locator, control: Locator) {
  await expect(closed).toBeHidden();
  await expect(control).toBeFocused();
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
    await expectClosedWithFocusOn(panel, add);

    await page.keyboard.press('Space');
    await expect(panel.getByRole('heading', { name: 'Select member(s)' })).toBeVisible();
    await tabTo(page, panel.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(panel, add);

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

    // Select Alex Wilber's row with the keyboard.
    await selectRowByKeyboard(
      page,
      grid.getByRole('checkbox', { name: 'Select all assignments on this page' }),
      grid.getByRole('checkbox', { name: 'Select Alex Wilber at Directory' }),
    );

    // Remove, then Escape: back on Remove assignment.
    const { remove, dialog } = await openRemoveByKeyboard(page, 'Assignment commands');
    await expectFocusWithin(dialog);
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(dialog, remove);

    // No: back on Remove assignment.
    await page.keyboard.press('Enter');
    await answerByKeyboard(page, dialog, 'No');
    await expectClosedWithFocusOn(dialog, remove);

    // Yes: the row goes, Remove can no longer act, and focus is on the grid's first row.
    await page.keyboard.press('Enter');
    await answerByKeyboard(page, dialog, 'Yes');
    await expect(page.getByRole('status').filter({ hasText: /Removed 1 assignment of Helpdesk Administrator/ })).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(grid.getByRole('row', { name: /Alex Wilber/ })).toBeHidden();
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(grid.getByRole('row').nth(1).getByRole('checkbox')).toBeFocused();
    await attachScreenshot(page, testInfo, 'focus-on-the-grid-after-remove');
  });

  test('at an administrative unit, Escape gives focus back to Remove; removing the last holder leaves it on Add assignments', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/admin-units');
    await page.goto(`${await hrefOf(page, '/admin-units', 'Seattle')}/roles/${userAdministrator}`);
    const grid = page.getByRole('grid', { name: 'Assignments of User Administrator scoped to Seattle' });
    await selectRowByKeyboard(
      page,
      grid.getByRole('checkbox', { name: 'Select all assignments on this page' }),
      grid.getByRole('checkbox', { name: 'Select Lee Gu at Seattle (Administrative unit)' }),
    );

    const add = page.getByRole('button', { name: 'Add assignments' });
    const { remove, dialog } = await openRemoveByKeyboard(page, 'Assignment commands');
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(dialog, remove);

    // Lee Gu was the unit's only User Administrator: no grid is left, and the server's re-render replaced the command
    // bar, so focus goes to its new Add assignments.
    await page.keyboard.press('Enter');
    await answerByKeyboard(page, dialog, 'Yes');
    await expect(page.getByRole('status').filter({ hasText: 'Removed 1 assignment of User Administrator.' })).toBeVisible();
    await expect(page.getByText('No one holds User Administrator scoped to Seattle.', { exact: false })).toBeVisible();
    await expect(add).toBeFocused();
  });

  test('on a user\u2019s Assigned roles, Remove assignment gives focus back after No, and to the next command after Yes removed the last role', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/users');
    await page.goto(`${await hrefOf(page, '/users?search=Lee', 'Lee Gu')}/roles`);
    const grid = page.getByRole('grid', { name: 'Roles assigned to Lee Gu' });
    await selectRowByKeyboard(
      page,
      grid.getByRole('checkbox', { name: 'Select all role assignments' }),
      grid.getByRole('checkbox', { name: 'Select User Administrator at Seattle' }),
    );

    const { remove, dialog } = await openRemoveByKeyboard(page, 'Assigned roles commands');
    await answerByKeyboard(page, dialog, 'No');
    await expectClosedWithFocusOn(dialog, remove);

    await page.keyboard.press('Enter');
    await answerByKeyboard(page, dialog, 'Yes');
    await expect(page.getByRole('status').filter({ hasText: /Removed 1 assignment of User Administrator/ })).toBeVisible();
    // It was Lee Gu's only role: the grid is gone with it and Remove can't act, so focus goes to the first command
    // of the same bar that can: Add assignments.
    await expect(page.getByText("Lee Gu doesn't hold any directory roles", { exact: false })).toBeVisible();
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('toolbar', { name: 'Assigned roles commands' }).getByRole('button', { name: 'Add assignments' })).toBeFocused();
  });

  test('on a group\u2019s Members, Escape and Cancel give focus back to Add members', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/groups');
    await page.goto(`${await hrefOf(page, '/groups?search=Contoso_Helpdesk', 'Contoso_Helpdesk_Administrators')}/members`);
    await expect(page.getByRole('grid', { name: 'Members of Contoso_Helpdesk_Administrators' })).toBeVisible();
    const add = page.getByRole('button', { name: 'Add members' });
    const panel = page.getByRole('dialog', { name: 'Add members' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('combobox')).toBeVisible();
    await page.keyboard.press('Escape');
    await expectClosedWithFocusOn(panel, add);

    await page.keyboard.press('Space');
    await tabTo(page, panel.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expectClosedWithFocusOn(panel, add);
  });
});
