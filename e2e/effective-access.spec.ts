import { readFile } from 'node:fs/promises';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { expectNoAxeViolations, pickMember, screenshotLightAndDark } from './blade-helpers';

// Effective access (issue #18): everyone who can use a role, each group as its members, and how.
const HELPDESK_ADMINISTRATOR = '729827e3-9c14-49f7-bb1b-9608f156bbb8';

test.describe('Effective access', () => {
  test.beforeAll(async () => {
    await resetTenant();
  });

  test('lists a role\u2019s holders with each group as its members, filterable, and downloads them', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, `/roles/${HELPDESK_ADMINISTRATOR}`);
    await page.getByRole('tab', { name: 'Effective access' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk Administrator | Effective access' })).toBeVisible();
    const grid = page.getByRole('grid', { name: 'Effective access to Helpdesk Administrator' });
    // Contoso_Helpdesk_Administrators holds it at Directory: Diego, Lynne and Grady through it; Ravi directly at London.
    const diego = grid.getByRole('row', { name: /Diego Siciliani/ });
    await expect(diego).toContainText('Group: Contoso_Helpdesk_Administrators');
    await expect(diego).toContainText('Directory');
    await expect(grid.getByRole('row', { name: /Ravi Kumar/ })).toContainText(/Guest user.*Direct.*London \(Administrative unit\)/);
    await expect(page.getByText(/^4 people can use Helpdesk Administrator: \d+ active, \d+ eligible, 3 through a group\./)).toBeVisible();
    await expectNoAxeViolations(page, 'Effective access');
    await page.screenshot({ path: testInfo.outputPath('effective-access-1280.png'), fullPage: true });
    await screenshotLightAndDark(page, testInfo, 'effective-access');

    await page.getByRole('combobox', { name: 'How' }).selectOption('direct');
    await expect(grid.getByRole('row', { name: /Diego Siciliani/ })).toHaveCount(0);
    await expect(grid.getByRole('row', { name: /Ravi Kumar/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'How' }).selectOption('all');

    const downloading = page.waitForEvent('download');
    await page.getByRole('toolbar', { name: 'Effective access commands' }).getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^helpdesk-administrator-effective-access-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Role,Name,Type,UPN or app ID,Object ID,How,Group,Group ID,State,Scope name,Scope ID,End time');
    expect(lines.find((line) => line.includes('Diego Siciliani'))).toMatch(/^Helpdesk Administrator,Diego Siciliani,User,DiegoS@[^,]+,[0-9a-f-]{36},Group,Contoso_Helpdesk_Administrators,[0-9a-f-]{36},Active,Directory,\/,Permanent$/);
    await expect(page.getByText(/^Downloaded helpdesk-administrator-effective-access/)).toBeVisible();
  });

  test('finds who can reset passwords: the roles that grant it, by the permission that does, then their holders', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, '/roles');
    await page.getByRole('navigation', { name: 'Portal navigation' }).getByRole('link', { name: 'Who can do what' }).click();
    await page.getByRole('textbox', { name: 'What should someone be able to do?' }).fill('reset passwords');
    await page.getByRole('button', { name: 'Find roles' }).click();
    await expect(page).toHaveURL(/\/access\?q=reset\+passwords$/);
    await expect(page.getByRole('list', { name: 'Matching permissions' })).toHaveText('microsoft.directory/users/password/update');
    const roles = page.getByRole('grid', { name: 'Roles that grant it' });
    await expect(roles.getByRole('row', { name: /^Helpdesk Administrator/ })).toContainText('microsoft.directory/users/password/update');
    // Global Administrator grants it through a wildcard, and says which.
    await expect(roles.getByRole('row', { name: /^Global Administrator/ })).toContainText('microsoft.directory/users/allProperties/allTasks');
    await expect(roles.getByRole('row', { name: /^Global Reader/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'Who can do what');
    await page.screenshot({ path: testInfo.outputPath('who-can-1280.png'), fullPage: true });
    await roles.getByRole('link', { name: 'Effective access to Helpdesk Administrator' }).click();
    await expect(page.getByRole('grid', { name: 'Effective access to Helpdesk Administrator' }).getByRole('row', { name: /Diego Siciliani/ })).toBeVisible();

    await page.goto('/access?q=launch%20rockets');
    await expect(page.getByRole('status')).toHaveText('No permission matches \u201Claunch rockets\u201D. Try other words, or a permission\u2019s name.');
  });

  test('before a group’s assignment is removed, names who really loses the role and who keeps it', async ({ page }, testInfo) => {
    // Give Diego the role directly too: removing the group then takes it from Lynne and Grady only.
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${HELPDESK_ADMINISTRATOR}`);
    await page.getByRole('button', { name: 'Add assignments' }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await pickMember(panel, 'Diego', 'Diego Siciliani');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Diego Siciliani to Helpdesk Administrator' })).toBeVisible();

    await page.getByRole('checkbox', { name: 'Select Contoso_Helpdesk_Administrators at Directory' }).check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const impact = page.getByRole('alertdialog', { name: 'Remove assignment' }).getByRole('region', { name: 'Impact of this removal' });
    await expect(impact.getByRole('list', { name: 'Who loses Helpdesk Administrator' })).toHaveText(/^Grady Archie at Directory\s*Lynne Robbins at Directory$/);
    await expect(impact.getByRole('list', { name: 'Keep it another way' })).toHaveText(/^Diego Siciliani directly$/);
    await expect(impact).toContainText('After this, 1 person or app still holds Helpdesk Administrator actively at Directory scope.');
    await page.screenshot({ path: testInfo.outputPath('removal-impact-1280.png'), fullPage: true });
    await page.getByRole('alertdialog', { name: 'Remove assignment' }).getByRole('button', { name: 'No' }).click();
    await expect(page.getByRole('grid', { name: /^Assignments of / }).getByRole('link', { name: 'Contoso_Helpdesk_Administrators' })).toBeVisible();
  });

  test('access findings flag what Microsoft’s best practices would, each with who and the role to fix it on', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, '/roles');
    await page.getByRole('navigation', { name: 'Portal navigation' }).getByRole('link', { name: 'Access findings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Access findings' })).toBeVisible();
    // Ravi Kumar, a Fabrikam guest, holds Helpdesk Administrator over London.
    const guests = page.getByRole('region', { name: /^Guests hold privileged roles/ });
    await expect(guests.getByRole('row', { name: /Ravi Kumar/ })).toContainText('Helpdesk Administrator');
    await expect(page.getByRole('region', { name: /permanent active privileged holdings$/ }).getByRole('row', { name: /Megan Bowen/ })).toContainText('Global Administrator');
    // Two Global Administrators (Megan Bowen and the tenant's admin): neither too few nor too many.
    await expect(page.getByRole('region', { name: /Global Administrator/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'Access findings');
    await page.screenshot({ path: testInfo.outputPath('access-findings-1280.png'), fullPage: true });
    await guests.getByRole('link', { name: 'Helpdesk Administrator' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Helpdesk Administrator | Effective access' })).toBeVisible();
  });
});
