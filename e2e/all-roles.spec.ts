import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { builtInRoles } from '../tests/demo-tenant.mjs';
import { emulatorControl } from './fixtures/emulator-control';
import { appToken, graphBase } from './fixtures/graph';
import { accounts, expect, signInAs, test } from './fixtures/portal';

// The tests read the expected figures from Graph itself, as a second client would, instead of restating the seed.
const { helpdeskAdministrator } = builtInRoles;

async function graphGet<T>(path: string): Promise<T> {
  const response = await fetch(`${graphBase}${path}`, { headers: { Authorization: `Bearer ${await appToken()}` } });
  expect(response.ok, `GET ${path}`).toBe(true);
  return (await response.json()) as T;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'All roles' });
const roleRow = (page: Page, name: string) =>
  grid(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
const roleNames = (page: Page) => grid(page).getByRole('row').getByRole('link').allTextContents();

/** Types a search; the fixture's `goto` has waited until the blade took input, so the URL follows the first time. */
async function searchFor(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search by name or description' }).fill(text);
  await expect(page).toHaveURL(new RegExp(`[?&]search=${encodeURIComponent(text)}(&|$)`));
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

// The blade, not the shell around it (e2e/shell.spec.ts owns that). Tabster's focus sentinels (aria-hidden <i>
// elements Fluent adds around the grid and toolbar) are never reachable by Tab, yet axe reports them.
const axeOnBlade = (page: Page) => new AxeBuilder({ page }).include('main').exclude('[data-tabster-dummy]');

test.describe('All roles', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
  });

  test('lists Helpdesk Administrator as a privileged built-in role with its number of assignments', async ({ page }, testInfo) => {
    const { value } = await graphGet<{ value: unknown[] }>(
      `/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${helpdeskAdministrator}'&$select=id`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' })).toBeVisible();
    for (const name of ['Role', 'Description', 'Type', 'Privileged', 'Assignments', 'Eligible']) {
      await expect(grid(page).getByRole('columnheader', { name })).toBeVisible();
    }
    const helpdesk = roleRow(page, 'Helpdesk Administrator');
    await expect(helpdesk.getByRole('gridcell')).toHaveText([
      'Helpdesk Administrator',
      /reset passwords/i,
      'Built-in',
      'PRIVILEGED',
      String(value.length),
      '0',
    ]);
    // Eligible holders (PIM) are counted apart from the active assignments: Global Administrator's is Graph's number.
    const eligible = await graphGet<{ value: unknown[] }>(
      `/roleManagement/directory/roleEligibilitySchedules?$filter=roleDefinitionId eq '${builtInRoles.globalAdministrator}'`,
    );
    expect(eligible.value.length).toBeGreaterThan(0);
    await expect(roleRow(page, 'Global Administrator').getByRole('gridcell').last()).toHaveText(String(eligible.value.length));
    await expect(helpdesk.getByRole('link', { name: 'Helpdesk Administrator' })).toHaveAttribute('href', `/roles/${helpdeskAdministrator}`);
    await expect(roleRow(page, 'Contoso Audit Reader').getByRole('gridcell').nth(2)).toHaveText('Custom');
    // Roles the admin center doesn't list stay out.
    await expect(grid(page).getByRole('link', { name: 'Device Join', exact: true })).toHaveCount(0);
    const shown = (await roleNames(page)).length;
    await expect(page.getByRole('status').filter({ hasText: /roles$/ })).toHaveText(`${shown} roles`);
    await shoot(page, testInfo, 'all-roles-light');
  });

  test('narrows the list by search and filters, and keeps the view in the URL across a reload', async ({ page }, testInfo) => {
    await searchFor(page, 'helpdesk');
    await expect(page).toHaveURL(/\/roles\?search=helpdesk$/);
    await expect.poll(() => roleNames(page)).toEqual(['Contoso Helpdesk Tier 1', 'Helpdesk Administrator']);

    await page.getByRole('button', { name: 'Add filters' }).click();
    await page.getByRole('menuitemradio', { name: 'Custom' }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/roles\?search=helpdesk&type=custom$/);
    await expect.poll(() => roleNames(page)).toEqual(['Contoso Helpdesk Tier 1']);
    await expect(page.getByRole('status').filter({ hasText: /roles$/ })).toHaveText(/^1 of \d+ roles$/);
    await shoot(page, testInfo, 'all-roles-filtered');

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search by name or description' })).toHaveValue('helpdesk');
    await expect(page.getByRole('button', { name: /^Custom roles/ })).toBeVisible();
    await expect.poll(() => roleNames(page)).toEqual(['Contoso Helpdesk Tier 1']);

    // Removing the pill widens the list again and the URL follows.
    await page.getByRole('button', { name: /^Custom roles/ }).click();
    await expect(page).toHaveURL(/\/roles\?search=helpdesk$/);
    await expect.poll(() => roleNames(page)).toEqual(['Contoso Helpdesk Tier 1', 'Helpdesk Administrator']);
  });

  test('opens a linked view directly: privileged roles with assignments, most assigned first', async ({ page }) => {
    await page.goto('/roles?privileged=1&assigned=1&sort=assignments');
    await expect(grid(page).getByRole('columnheader', { name: 'Assignments' })).toHaveAttribute('aria-sort', 'descending');
    const rows = grid(page).getByRole('row').filter({ has: page.getByRole('link') });
    await expect(rows.first()).toBeVisible();
    // The Assignments column (the fifth; Eligible follows it).
    const counts = (await rows.locator('[role="gridcell"]:nth-child(5)').allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await expect(rows.getByText('PRIVILEGED', { exact: true })).toHaveCount(counts.length);
    await expect(page.getByRole('button', { name: /^Privileged/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^With assignments/ })).toBeVisible();
  });

  test('sorts by a column header and says so in the URL', async ({ page }) => {
    await grid(page).getByRole('columnheader', { name: 'Assignments' }).getByRole('button').click();
    await expect(page).toHaveURL(/\/roles\?sort=assignments$/);
    await grid(page).getByRole('columnheader', { name: 'Role' }).getByRole('button').click();
    await expect(page).toHaveURL(/\/roles$/);
    await grid(page).getByRole('columnheader', { name: 'Role' }).getByRole('button').click();
    await expect(page).toHaveURL(/\/roles\?dir=desc$/);
    const descending = (names: string[]) =>
      names.length > 1 && names.every((name, i) => i === 0 || (names[i - 1] ?? '').localeCompare(name, 'en', { sensitivity: 'base', numeric: true }) >= 0);
    // The URL changes in the same click as the order; wait for the re-rendered rows.
    await expect.poll(async () => descending(await roleNames(page))).toBe(true);
  });

  test('says when nothing matches and clears the search and filters in one step', async ({ page }) => {
    await page.goto('/roles?search=no+such+role&privileged=1');
    await expect(page.getByText('No roles match')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page).toHaveURL(/\/roles$/);
    await expect(roleRow(page, 'Global Administrator')).toBeVisible();
  });

  test('downloads every assignment as CSV, group holders and their members included', async ({ page }) => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('toolbar', { name: 'All roles commands' }).getByRole('button', { name: 'Download assignments' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^role-assignments-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Role,Role ID,Principal name,Principal type,UPN or app ID,Scope name,Scope ID,Assignment path,Assignment ID,Assignment state,Start time,End time');
    const cells = lines.slice(1).map((line) => line.split(','));
    expect(cells).toContainEqual([
      'Helpdesk Administrator', helpdeskAdministrator, 'Contoso_Helpdesk_Administrators', 'Group', '', 'Directory', '/', 'Direct', expect.any(String),
      'Active', expect.any(String), '',
    ]);
    expect(cells).toContainEqual([
      'Helpdesk Administrator', helpdeskAdministrator, 'Diego Siciliani', 'User', 'DiegoS@contoso.onmicrosoft.com', 'Directory', '/',
      'Group: Contoso_Helpdesk_Administrators', expect.any(String), 'Active', expect.any(String), '',
    ]);
    // PIM (issue #16): the seeded eligible and expired assignments are in the file too, with their state.
    expect(cells.some((row) => row[2] === 'Lee Gu' && row[0] === 'Global Administrator' && row[9] === 'Eligible')).toBe(true);
    expect(cells.some((row) => row[2] === 'Grady Archie' && row[0] === 'Message Center Reader' && row[9] === 'Expired' && row[11] !== '')).toBe(true);
    const { value } = await graphGet<{ value: unknown[] }>('/roleManagement/directory/roleAssignments?$select=id');
    expect(cells.filter((row) => row[7] === 'Direct' && row[9] === 'Active')).toHaveLength(value.length);
    await expect(page.getByRole('status').filter({ hasText: 'Saved role-assignments-' })).toBeVisible();
  });

  test('has no accessibility violations, in light and dark', async ({ page }, testInfo) => {
    test.slow(); // axe walks 145 rows of five cells three times
    await expect(grid(page)).toBeVisible();
    expect((await axeOnBlade(page).analyze()).violations).toEqual([]);
    await page.getByRole('switch', { name: 'Dark theme' }).check();
    await expect(page.locator('main')).not.toHaveCSS('background-color', 'rgb(255, 255, 255)');
    expect((await axeOnBlade(page).analyze()).violations).toEqual([]);
    await shoot(page, testInfo, 'all-roles-dark');
    await page.getByRole('button', { name: 'Add filters' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    expect((await axeOnBlade(page).include('[role="menu"]').analyze()).violations).toEqual([]);
    await shoot(page, testInfo, 'all-roles-dark-filters');
    await page.keyboard.press('Escape');
    await page.getByRole('switch', { name: 'Dark theme' }).uncheck();
  });

  test('is reachable by keyboard: search, filters, commands and the role links', async ({ page }) => {
    await searchFor(page, 'glob');
    const search = page.getByRole('searchbox', { name: 'Search by name or description' });
    await search.focus();
    await page.keyboard.type('al');
    await expect(page).toHaveURL(/\/roles\?search=global$/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add filters' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitemradio', { name: 'All types' })).toBeFocused();
    await page.keyboard.press('Escape');
    // Into the grid: the first sortable header, then down the Role column to the first role's link.
    await page.keyboard.press('Tab');
    await expect(grid(page).getByRole('columnheader', { name: 'Role' }).getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(grid(page).getByRole('link', { name: 'Global Administrator' })).toBeFocused();
  });
});

test('the CSV route refuses a request without a session', async ({ request }) => {
  const response = await request.get('/api/assignments-csv');
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: 'Your sign-in has expired. Sign in again to continue.' });
});

test('reads the page in a fixed number of Graph requests, never one per role', async ({ page }) => {
  await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
  await emulatorControl.clearRequests();
  await page.reload();
  await expect(grid(page)).toBeVisible();
  const requests = (await emulatorControl.requests()).map((entry) => decodeURIComponent(entry.path));
  await test.info().attach('graph-requests-for-roles.json', { body: JSON.stringify(requests, null, 2), contentType: 'application/json' });
  const unfilteredAssignments = requests.filter((path) => /roleAssignments\?\$select=/.test(path));
  expect(unfilteredAssignments).toHaveLength(1);
  // The shell reads the admin's own roles; nothing reads one role at a time.
  expect(requests.filter((path) => /roleDefinitionId eq/.test(path))).toEqual([]);
  expect(requests.length).toBeLessThanOrEqual(10);
});
