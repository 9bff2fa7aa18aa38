import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from './blade-helpers';
import { emulatorControl } from './fixtures/emulator-control';
import { appToken, graphBase } from './fixtures/graph';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

// Layout (issue #13): names that don't fit their column, room around text in rows, a top bar that holds still,
// and user names that link like group names, each in light and dark and at a laptop's and a small screen's size.
const { globalAdministrator, helpdeskAdministrator, userAdministrator } = builtInRoles;
const APPLICATION_ADMINISTRATOR = '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3';
const sizes = [{ width: 1280, height: 800 }, { width: 1024, height: 768 }];

/** Graph as the automation app: reads ids, and makes the changes the audit log then lists. */
async function graph<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${graphBase}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${await appToken()}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
}
const idOf = async (collection: string, filter: string) =>
  (await graph<{ value: { id: string }[] }>(`/${collection}?$filter=${encodeURIComponent(filter)}&$select=id`)).value[0]?.id ?? '';
const assign = (roleDefinitionId: string, principalId: string) =>
  graph('/roleManagement/directory/roleAssignments', { roleDefinitionId, principalId, directoryScopeId: '/' });

async function inBothThemes(page: Page, testInfo: TestInfo, name: string, check: () => Promise<void>) {
  const theme = page.getByRole('switch', { name: 'Dark theme' });
  for (const dark of [false, true]) {
    if (dark) await theme.check();
    await check();
    const size = page.viewportSize();
    await testInfo.attach(`${name}-${size?.width}-${dark ? 'dark' : 'light'}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  }
  await theme.uncheck();
}

/** Where a cell's text wraps between two letters of one word: wraps belong at spaces, after "_", "." or "-" and before "@". */
function midWordWraps(grid: Locator): Promise<string[]> {
  return grid.evaluate((root) => {
    const found: string[] = [];
    for (const cell of root.querySelectorAll('[role="gridcell"]')) {
      const byElement = new Map<Element, Text[]>();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent) byElement.set(parent, [...(byElement.get(parent) ?? []), node as Text]);
      }
      for (const nodes of byElement.values()) {
        const text = nodes.map((node) => node.data).join('');
        let previous: { ch: string; top: number } | null = null;
        for (const node of nodes) {
          for (let i = 0; i < node.data.length; i += 1) {
            const ch = node.data.charAt(i);
            if (/\s/.test(ch)) {
              previous = null;
              continue;
            }
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = range.getBoundingClientRect().top;
            if (previous && top > previous.top + 2 && !'_.-/'.includes(previous.ch) && ch !== '@') found.push(`"${text}" between "${previous.ch}" and "${ch}"`);
            previous = { ch, top };
          }
        }
      }
    }
    return found;
  });
}

/** The least room, in pixels, between any cell's text and its row's top or bottom line. */
function leastRoomAroundText(grid: Locator): Promise<number> {
  return grid.evaluate((root) => {
    let least = Infinity;
    for (const row of root.querySelectorAll('[role="row"]')) {
      if (!row.querySelector('[role="gridcell"]')) continue;
      const line = row.getBoundingClientRect();
      for (const cell of row.querySelectorAll('[role="gridcell"]')) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        if (text.height === 0) continue;
        least = Math.min(least, text.top - line.top, line.bottom - text.bottom);
      }
    }
    return least;
  });
}

test.describe('Layout', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('ends a long group name in the Assignment path with an ellipsis, the whole name in its title', async ({ page }, testInfo) => {
    const diego = await idOf('users', "displayName eq 'Diego Siciliani'");
    await signInAs(page, accounts.globalReader, `/users/${diego}/roles`);
    const grid = page.getByRole('grid', { name: 'Roles assigned to Diego Siciliani' });
    for (const size of sizes) {
      await page.setViewportSize(size);
      // The link's name (what a screen reader reads) is the whole name however narrow the column.
      const link = grid.getByRole('link', { name: 'Contoso_Helpdesk_Administrators', exact: true });
      await expect(link).toHaveAttribute('title', 'Contoso_Helpdesk_Administrators');
      const path = await link.locator('xpath=..').evaluate((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        // Inside its cell, and inside what the grid shows without scrolling sideways: the ellipsis is in sight.
        const cell = (element.closest('[role="gridcell"]') ?? element).getBoundingClientRect();
        const shown = (element.closest('[role="grid"]')?.parentElement ?? element).getBoundingClientRect();
        return {
          textOverflow: style.textOverflow,
          whiteSpace: style.whiteSpace,
          lines: Math.round(box.height / parseFloat(style.lineHeight)),
          inside: box.right <= Math.min(cell.right, shown.right) + 0.5,
        };
      });
      expect(path, `at ${size.width}px`).toEqual({ textOverflow: 'ellipsis', whiteSpace: 'nowrap', lines: 1, inside: true });
      await inBothThemes(page, testInfo, 'user-assigned-roles', () => expectNoAxeViolations(page, `user's Assigned roles at ${size.width}px`));
    }
  });

  test('wraps the audit log at spaces, "_", "." and "@", with room above and below each row\u2019s text', async ({ page }, testInfo) => {
    const [group, diego, ravi] = await Promise.all([
      idOf('groups', "displayName eq 'Contoso_App_Admins'"),
      idOf('users', "displayName eq 'Diego Siciliani'"),
      idOf('users', "displayName eq 'Ravi Kumar'"),
    ]);
    await assign(APPLICATION_ADMINISTRATOR, group);
    await assign(helpdeskAdministrator, diego);
    await assign(helpdeskAdministrator, ravi);
    await signInAs(page, accounts.globalAdministrator, '/audit');
    const grid = page.getByRole('grid', { name: 'Audit log of role management changes' });
    await expect(grid.getByRole('row').filter({ hasText: 'Contoso_App_Admins' })).toBeVisible();
    for (const size of sizes) {
      await page.setViewportSize(size);
      expect(await midWordWraps(grid), `at ${size.width}px`).toEqual([]);
      expect(await leastRoomAroundText(grid), `at ${size.width}px`).toBeGreaterThanOrEqual(6);
      await inBothThemes(page, testInfo, 'audit', () => expectNoAxeViolations(page, `Audit logs at ${size.width}px`));
    }
  });

  test('leaves room around an empty Assigned roles, and points to the command that fills it', async ({ page }, testInfo) => {
    const group = await idOf('groups', "displayName eq 'Contoso_App_Admins'");
    await signInAs(page, accounts.privilegedRoleAdministrator, `/groups/${group}/roles`);
    const message = page.getByText("This group doesn't hold any roles yet. Select Add assignments to assign it one.");
    const summary = page.getByRole('status').filter({ hasText: '0 role assignments' });
    await expect(message).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add assignments' })).toBeEnabled();
    const [above, below] = [await summary.boundingBox(), await message.boundingBox()];
    expect((below?.y ?? 0) - ((above?.y ?? 0) + (above?.height ?? 0))).toBeGreaterThanOrEqual(8);
    for (const size of sizes) {
      await page.setViewportSize(size);
      await inBothThemes(page, testInfo, 'group-assigned-roles-empty', () => expectNoAxeViolations(page, `group's empty Assigned roles at ${size.width}px`));
    }
  });

  test('links user names in assignment grids to the user, as group names link to the group', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${globalAdministrator}`);
    const megan = await idOf('users', "displayName eq 'Megan Bowen'");
    const grid = page.getByRole('grid', { name: 'Assignments of Global Administrator' });
    await expect(grid.getByRole('link', { name: 'Megan Bowen', exact: true })).toHaveAttribute('href', `/users/${megan}`);
    for (const size of sizes) {
      await page.setViewportSize(size);
      await inBothThemes(page, testInfo, 'role-assignments', () => expectNoAxeViolations(page, `role blade at ${size.width}px`));
    }
    await grid.getByRole('link', { name: 'Megan Bowen', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Megan Bowen | Overview' })).toBeVisible();

    // A scoped blade lists its holders the same way.
    const seattle = await idOf('directory/administrativeUnits', "displayName eq 'Seattle'");
    const lee = await idOf('users', "displayName eq 'Lee Gu'");
    await page.goto(`/admin-units/${seattle}/roles/${userAdministrator}`);
    const scoped = page.getByRole('grid', { name: 'Assignments of User Administrator scoped to Seattle' });
    await expect(scoped.getByRole('link', { name: 'Lee Gu', exact: true })).toHaveAttribute('href', `/users/${lee}`);
    await inBothThemes(page, testInfo, 'unit-role-assignments', () => expectNoAxeViolations(page, 'scoped blade'));
  });

  test('keeps the top bar still, whoever is signed in and before the name arrives', async ({ browser }, testInfo) => {
    const switchX: Record<string, number> = {};
    const accountWidth: Record<string, number> = {};
    const themeSwitchX = async (page: Page) => Math.round((await page.getByRole('switch', { name: 'Dark theme' }).boundingBox())?.x ?? 0);
    for (const account of [accounts.privilegedRoleAdministrator, accounts.globalAdministrator, accounts.globalReader]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signInAs(page, account, '/roles');
      switchX[account.displayName] = await themeSwitchX(page);
      accountWidth[account.displayName] = Math.round((await page.getByRole('button', { name: /^Account:/ }).boundingBox())?.width ?? 0);
      if (account === accounts.globalAdministrator) {
        // Who is signed in comes from Graph after the blade's own reads: meanwhile a placeholder holds its place.
        await emulatorControl.setFaults({ latencyMs: 4_000, paths: '^/me' });
        try {
          await page.goto('/roles', { waitUntil: 'commit' });
          await expect(page.getByRole('switch', { name: 'Dark theme' })).toBeVisible();
          await expect(page.getByRole('button', { name: /^Account:/ })).toHaveCount(0);
          switchX['(placeholder)'] = await themeSwitchX(page);
          await testInfo.attach('top-bar-placeholder', { body: await page.locator('header').screenshot(), contentType: 'image/png' });
          await expect(page.getByRole('button', { name: `Account: ${account.displayName}` })).toBeVisible({ timeout: 20_000 });
        } finally {
          await emulatorControl.clearFaults();
        }
      }
      for (const dark of [false, true]) {
        if (dark) await page.getByRole('switch', { name: 'Dark theme' }).check();
        await testInfo.attach(`top-bar-${account.displayName}-${dark ? 'dark' : 'light'}`, { body: await page.locator('header').screenshot(), contentType: 'image/png' });
        // The top bar, which the blades' axe checks leave out, in both themes.
        const { violations } = await new AxeBuilder({ page }).include('header').exclude('[data-tabster-dummy]').analyze();
        expect(violations.map((v) => `${v.id}: ${v.help}`), `top bar, ${dark ? 'dark' : 'light'}`).toEqual([]);
      }
      await context.close();
    }
    expect(Object.keys(switchX)).toHaveLength(4);
    expect(new Set(Object.values(switchX)), JSON.stringify(switchX)).toHaveProperty('size', 1);
    expect(new Set(Object.values(accountWidth)), JSON.stringify(accountWidth)).toHaveProperty('size', 1);
  });
});
