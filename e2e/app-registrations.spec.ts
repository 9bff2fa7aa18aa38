import type { Page } from '@playwright/test';
import { accounts, expect, resetTenant, signInAs, test } from './fixtures/portal';
import { expectNoAxeViolations, graphLog, pickMember, screenshotLightAndDark, summary } from './blade-helpers';

// App registrations and their "Roles and administrators" (issue #6).
const APPLICATION_ADMINISTRATOR = '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3';

async function openApp(page: Page, name: string, account: { displayName: string; upn: string } = accounts.privilegedRoleAdministrator) {
  await signInAs(page, account, '/app-registrations');
  await expect(page.getByRole('heading', { level: 1, name: 'App registrations' })).toBeVisible();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} | Overview` })).toBeVisible();
}

async function openAppRoles(page: Page, name: string, account?: { displayName: string; upn: string }) {
  await openApp(page, name, account);
  await page.getByRole('tab', { name: 'Roles and administrators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} | Roles and administrators` })).toBeVisible();
}

const rolesGrid = (page: Page) => page.getByRole('grid', { name: /^Roles assignable at / });

test.describe('App registrations', () => {
  test.beforeEach(async () => {
    await resetTenant();
  });

  test('lists the apps with their client ids, searchable, the search kept in the URL', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/app-registrations');
    const grid = page.getByRole('grid', { name: 'App registrations' });
    await expect(grid.getByRole('link', { name: 'Contoso Expenses' })).toBeVisible();
    await expect(grid.getByRole('columnheader', { name: 'Application (client) ID' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search app registrations' }).fill('hr portal');
    await expect(grid.getByRole('link', { name: 'Contoso Expenses' })).toHaveCount(0);
    await expect(page).toHaveURL(/search=hr(\+|%20)portal/);
    await page.reload();
    await expect(grid.getByRole('link', { name: 'Contoso HR Portal' })).toBeVisible();
    await expect(grid.getByRole('link', { name: 'Contoso Expenses' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the App registrations list');
    await screenshotLightAndDark(page, testInfo, 'app-registrations-list');
  });

  test('an app\u2019s overview shows its ids, audience and service principal', async ({ page }, testInfo) => {
    await openApp(page, 'Contoso HR Portal');
    const essentials = page.getByRole('definition');
    await expect(page.getByText('Application (client) ID')).toBeVisible();
    await expect(essentials.filter({ hasText: 'My organization only' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Service principal' })).toBeVisible();
    await expectNoAxeViolations(page, 'the app overview');
    await screenshotLightAndDark(page, testInfo, 'app-overview');
  });

  test('assigns a role at app-registration scope through the app\u2019s blade', async ({ page }, testInfo) => {
    await openAppRoles(page, 'Contoso HR Portal');
    await expect(page.getByText('We show the roles which have permissions related to managing app registrations only.', { exact: false })).toBeVisible();
    await expect(rolesGrid(page).getByRole('link', { name: 'Application Administrator', exact: true })).toBeVisible();
    await expect(rolesGrid(page).getByRole('link', { name: 'Cloud Application Administrator' })).toBeVisible();
    await expect(rolesGrid(page).getByRole('link', { name: 'Helpdesk Administrator' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the app\u2019s Roles and administrators');
    await screenshotLightAndDark(page, testInfo, 'app-roles');

    await graphLog.clear();
    await rolesGrid(page).getByRole('link', { name: 'Application Administrator', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Application Administrator | Assignments' })).toBeVisible();
    await testInfo.attach('graph-requests-role-at-app', { body: summary(await graphLog.read()), contentType: 'text/plain' });
    await page.getByRole('button', { name: 'Add assignments' }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await expect(panel.getByText('Scope: Contoso HR Portal (App registration)')).toBeVisible();
    await pickMember(panel, 'Alex', 'Alex Wilber');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added Alex Wilber to Application Administrator at Contoso HR Portal.' })).toBeVisible();
    const scoped = page.getByRole('grid', { name: 'Assignments of Application Administrator scoped to Contoso HR Portal' });
    await expect(scoped.getByRole('row', { name: /Alex Wilber/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Assignments at directory scope also apply to this app' })).toBeVisible();
    await expectNoAxeViolations(page, 'the role at the app');
    await screenshotLightAndDark(page, testInfo, 'app-role-added');
  });

  test('lists tenant-scope holders apart, read-only, linked to the role blade', async ({ page }) => {
    // Adele Vance holds Application Administrator at Contoso Expenses; give the tenant a directory-scope holder.
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${APPLICATION_ADMINISTRATOR}`);
    await page.getByRole('button', { name: 'Add assignments' }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await pickMember(panel, 'Shannon', 'Shannon O');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /Added Shannon O.Brien to Application Administrator at Directory scope\./ })).toBeVisible();

    await page.goto('/app-registrations');
    await page.getByRole('link', { name: 'Contoso Expenses', exact: true }).click();
    await page.getByRole('tab', { name: 'Roles and administrators' }).click();
    await rolesGrid(page).getByRole('link', { name: 'Application Administrator', exact: true }).click();
    const scoped = page.getByRole('grid', { name: 'Assignments of Application Administrator scoped to Contoso Expenses' });
    await expect(scoped.getByRole('row', { name: /Adele Vance/ })).toBeVisible();
    const tenant = page.getByRole('grid', { name: 'Assignments of Application Administrator at directory scope' });
    await expect(tenant.getByRole('row', { name: /Shannon O.Brien/ })).toBeVisible();
    await expect(tenant.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Manage them on the Application Administrator blade' })).toHaveAttribute('href', /\/roles\//);
  });

  test('a Global Reader sees Add and Remove disabled, with the reason', async ({ page }) => {
    await openAppRoles(page, 'Contoso Expenses', accounts.globalReader);
    await rolesGrid(page).getByRole('link', { name: 'Application Administrator', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Add assignments' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Remove assignment', exact: true })).toBeDisabled();
    await expect(page.getByText("Why can't I add or remove assignments?")).toBeVisible();
  });

  test('a malformed or unknown app or role is not found, in the blade\u2019s words', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/app-registrations/not-a-guid');
    await expect(page.getByRole('heading', { name: 'App registration not found' })).toBeVisible();
    await page.goto('/app-registrations/00000000-0000-4000-8000-000000000000/roles');
    await expect(page.getByRole('heading', { name: 'App registration not found' })).toBeVisible();
    await expectNoAxeViolations(page, 'the app not-found page');
    await openApp(page, 'Contoso Expenses');
    await page.goto(`${new URL(page.url()).pathname}/roles/not-a-role`);
    await expect(page.getByRole('heading', { name: 'Role not found' })).toBeVisible();
  });
});
