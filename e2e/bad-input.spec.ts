import type { APIRequestContext, Page } from '@playwright/test';
import { portalUrl } from '../playwright.config';
import { expectNoAxeViolations } from './blade-helpers';
import { accounts, expect, signInAs, signInThroughPicker, test } from './fixtures/portal';
import { builtInRoles, tenantId } from '../tests/demo-tenant.mjs';

// Bad input (issue #12): a link that names nothing, an unusable search, an expired page link, a forged token or an
// off-site returnTo gets a clear answer and changes nothing.

const { globalAdministrator } = builtInRoles;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const SEATTLE_UNIT = '6209a15c-93f4-56ca-994c-dd56cbc97b89';

async function seattleUnitId(page: Page): Promise<string> {
  // The seed's ids are stable, but read it from the list rather than trust that.
  await page.goto('/admin-units?search=Seattle');
  const href = await page.getByRole('link', { name: /Seattle/ }).first().getAttribute('href');
  return href?.split('/')[2] ?? SEATTLE_UNIT;
}

async function firstAppId(page: Page): Promise<string> {
  await page.goto('/app-registrations');
  const href = await page.locator('a[href^="/app-registrations/"]').first().getAttribute('href');
  if (!href) throw new Error('The demo tenant has no app registration to open.');
  return href.split('/')[2] ?? '';
}

test.describe('Bad input', () => {
  test('a link to an object that does not exist answers 404 with the blade\u2019s not-found page', async ({ page }, testInfo) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
    const unitId = await seattleUnitId(page);
    const appId = await firstAppId(page);
    const cases: [path: string, heading: string][] = [
      [`/roles/${UNKNOWN}`, 'Role not found'],
      ['/roles/not-a-guid', 'Role not found'],
      [`/roles/${UNKNOWN}/description`, 'Role not found'],
      [`/users/${UNKNOWN}`, 'User not found'],
      ['/users/not-a-guid/roles', 'User not found'],
      [`/groups/${UNKNOWN}`, 'Group not found'],
      ['/groups/not-a-guid/members', 'Group not found'],
      [`/admin-units/${UNKNOWN}`, 'Administrative unit not found'],
      ['/admin-units/not-a-guid/roles', 'Administrative unit not found'],
      [`/admin-units/${unitId}/roles/${UNKNOWN}`, 'Role not found'],
      [`/app-registrations/${UNKNOWN}`, 'App registration not found'],
      ['/app-registrations/not-a-guid/roles', 'App registration not found'],
      [`/app-registrations/${appId}/roles/not-a-guid`, 'Role not found'],
    ];
    for (const [path, heading] of cases) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
    }
    await page.goto(`/roles/${UNKNOWN}`);
    await expectNoAxeViolations(page, 'the role not-found page');
    await testInfo.attach('role-not-found', { body: await page.screenshot({ path: testInfo.outputPath('role-not-found.png') }), contentType: 'image/png' });

    // Objects that exist still open, with a 200.
    for (const path of [`/roles/${globalAdministrator}`, `/admin-units/${unitId}/roles/${globalAdministrator}`, `/app-registrations/${appId}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    await expect(page.getByRole('heading', { name: /not found/ })).toBeHidden();
  });

  test('a search with control characters, or too long, is ignored with a note', async ({ page }, testInfo) => {
    await signInAs(page, accounts.globalReader, '/groups?search=%00');
    const note = page.getByRole('status').filter({ hasText: 'Search ignored' });
    await expect(note).toContainText("contains control characters, which a search can't use");
    await expect(page.getByRole('grid', { name: 'Groups' }).getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search groups by name' })).toHaveValue('');
    await testInfo.attach('search-ignored', { body: await page.screenshot({ path: testInfo.outputPath('search-ignored.png') }), contentType: 'image/png' });

    await page.goto(`/users?search=${'x'.repeat(101)}`);
    await expect(note).toContainText('longer than 100 characters');
    await expect(page.getByRole('grid', { name: 'Users' }).getByRole('row', { name: /Megan Bowen/ })).toBeVisible();

    for (const path of ['/roles?search=%01', '/admin-units?search=%00', '/app-registrations?search=a%00b']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(note, path).toBeVisible();
    }

    await page.goto('/audit?activity=Nope&from=2026-02-30');
    await expect(page.getByRole('status').filter({ hasText: 'Filters ignored' })).toContainText(
      "The activity and from filters in this link aren't valid, so the list is shown without them.",
    );

    // A search that is fine shows no note.
    await page.goto('/groups?search=Help');
    await expect(page.getByRole('grid', { name: 'Groups' }).getByRole('row', { name: /Helpdesk/ }).first()).toBeVisible();
    await expect(note).toBeHidden();
  });

  test('an expired or edited page link shows the first page, saying so', async ({ page }) => {
    await signInAs(page, accounts.globalReader, '/users?after=not-a-skiptoken');
    const note = page.getByRole('status').filter({ hasText: 'That page link has expired; showing the first page.' });
    await expect(note).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Users' }).getByRole('row', { name: /Megan Bowen/ })).toBeVisible();

    for (const path of ['/groups?after=x&roleAssignable=1', `/roles/${globalAdministrator}?after=x`, `/users?after=${'%00'}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(note, path).toBeVisible();
    }
  });

  test('the principal search refuses control characters with 400, never a server error', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
    for (const q of ['%00', 'adm%00in', 'a%1Fb', '%7F']) {
      const response = await page.request.get(`/api/directory/search?q=${q}`);
      expect(response.status(), q).toBe(400);
      expect(await response.json()).toEqual({ error: "A search can't contain control characters." });
    }
    const ok = await page.request.get('/api/directory/search?q=Megan');
    expect(ok.status()).toBe(200);
  });

  test('/api/session refuses a token that is unsigned, for another tenant or expired, and keeps no cookie', async ({ request }) => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { oid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', tid: tenantId, aud: 'https://graph.microsoft.com', nbf: now - 60, exp: now + 3_600 };
    const cases: [what: string, token: string, error: RegExp][] = [
      ['alg none', jwt({ alg: 'none', typ: 'JWT' }, claims), /not signed/],
      ['another tenant', jwt({ alg: 'RS256' }, { ...claims, tid: '11111111-2222-4333-8444-555555555555' }), /another tenant/],
      ['expired', jwt({ alg: 'RS256' }, { ...claims, exp: now - 60 }), /expired/],
      ['another audience', jwt({ alg: 'RS256' }, { ...claims, aud: 'api://someone-else' }), /not for Microsoft Graph/],
      ['not a JWT', 'x'.repeat(40), /three parts/],
    ];
    for (const [what, token, error] of cases) {
      const response = await postSession(request, token);
      expect(response.status(), what).toBe(400);
      expect(((await response.json()) as { error: string }).error, what).toMatch(error);
      expect(response.headers()['set-cookie'], what).toBeUndefined();
    }
  });

  test('a returnTo that points off-site brings the admin back to All roles on this site', async ({ page }) => {
    await signInThroughPicker(page, accounts.globalReader, '/roles');
    for (const returnTo of ['//evil.example', '/\\evil.example', '/.//evil.example', '/..//evil.example', '/%2f%2fevil.example',
      '/%5cevil.example', '/\t/evil.example', 'https:evil.example', '/%2e%2e//evil.example']) {
      await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
      await page.waitForURL((url) => url.pathname === '/roles', { timeout: 20_000 });
      expect(new URL(page.url()).origin, returnTo).toBe(portalUrl);
      await expect(page.getByRole('heading', { level: 1, name: 'Roles and administrators' })).toBeVisible();
    }
  });
});

function jwt(header: object, payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode(header)}.${encode(payload)}.c2lnbmF0dXJl`;
}

function postSession(request: APIRequestContext, accessToken: string) {
  return request.post('/api/session', { headers: { origin: portalUrl, 'content-type': 'application/json' }, data: { accessToken } });
}
