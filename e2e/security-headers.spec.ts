import type { Page } from '@playwright/test';
import { portalUrl } from '../playwright.config';
import { pickMember } from './blade-helpers';
import { appToken, graphBase } from './fixtures/graph';
import { accounts, expect, signInAs, signInThroughPicker, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

// The portal's own defences (issue #12): a nonce-based CSP and the headers around it, on every response. The main
// risk of a CSP is a page it silently breaks (Griffel's styles refused, a script not run), so every blade is visited
// with the browser's violation reports recorded, and none is allowed.

const { helpdeskAdministrator } = builtInRoles;

type Violation = { directive: string; blocked: string; document: string; sample: string };

/** Records every CSP violation the browser reports, in any page of this context, from the first byte on. */
async function recordViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('__reportCspViolation', (violation: Violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
      report({ directive: event.effectiveDirective, blocked: event.blockedURI, document: event.documentURI, sample: event.sample });
    });
  });
  // Chromium also says so on the console, including for what it refuses before any listener could hear it.
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      violations.push({ directive: 'console', blocked: '', document: page.url(), sample: message.text() });
    }
  });
  return violations;
}

async function graphGet<T>(path: string): Promise<T> {
  const response = await fetch(`${graphBase}${path}`, { headers: { Authorization: `Bearer ${await appToken()}` } });
  expect(response.ok, `GET ${path}`).toBe(true);
  return (await response.json()) as T;
}

const firstId = async (path: string) => {
  const { value } = await graphGet<{ value: { id: string }[] }>(path);
  const id = value[0]?.id;
  expect(id, path).toBeTruthy();
  return id ?? '';
};

/** Fluent's styles reached the page: the top bar has its brand background, which only Griffel's CSS gives it. */
async function expectStyled(page: Page) {
  await expect(page.getByRole('banner')).toHaveCSS('background-color', 'rgb(15, 108, 189)');
}

const cspNonce = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

test.describe('security headers', () => {
  test('every blade renders, styled, with no CSP violation', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const violations = await recordViolations(page);
    // Sign-in, the emulator's account picker, MSAL's redemption on /auth/redirect and the session POST, all under the CSP.
    await signInThroughPicker(page, accounts.privilegedRoleAdministrator, '/roles');

    const patti = await firstId(`/users?$filter=${encodeURIComponent(`userPrincipalName eq '${accounts.privilegedRoleAdministrator.upn}'`)}&$select=id`);
    const group = await firstId(`/groups?$filter=${encodeURIComponent("displayName eq 'Contoso_Helpdesk_Administrators'")}&$select=id`);
    const unit = await firstId(`/directory/administrativeUnits?$filter=${encodeURIComponent("displayName eq 'Seattle'")}&$select=id`);
    const app = await firstId('/applications?$select=id&$top=1');
    const blades = [
      '/roles',
      `/roles/${helpdeskAdministrator}`,
      `/roles/${helpdeskAdministrator}/description`,
      '/users',
      `/users/${patti}/roles`,
      '/groups',
      `/groups/${group}`,
      '/admin-units',
      `/admin-units/${unit}/roles`,
      '/app-registrations',
      `/app-registrations/${app}/roles`,
      '/audit',
      '/my-roles',
    ];
    for (const blade of blades) {
      const response = await page.goto(blade);
      expect(response?.status(), blade).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), blade).toBeVisible();
      await expect(page.locator('[aria-busy="true"]'), `${blade} finished streaming`).toHaveCount(0);
      await expectStyled(page);
      expect(violations, `CSP violations on ${blade}`).toEqual([]);
    }
    // The sign-in page itself, as it stands after signing out (it does not go on to the sign-in service then).
    await page.goto('/sign-in?reason=signed-out');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in with Microsoft Entra ID' })).toHaveCSS('background-color', 'rgb(15, 108, 189)');
    await testInfo.attach('sign-in', { body: await page.screenshot(), contentType: 'image/png' });
    expect(violations, 'CSP violations on the sign-in page').toEqual([]);

    await page.goto('/roles');
    await testInfo.attach('all-roles', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    await page.goto(`/users/${patti}/roles`);
    await testInfo.attach('user-roles', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });

  test('the Add assignments panel and the Remove dialog add their styles without a violation', async ({ page }, testInfo) => {
    const violations = await recordViolations(page);
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);

    await page.getByRole('button', { name: 'Add assignments' }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await pickMember(panel, 'Alex', 'Alex Wilber');
    await expect(panel.getByRole('button', { name: 'Cancel' })).toHaveCSS('border-radius', /px/);
    await testInfo.attach('add-assignments-panel', { body: await page.screenshot(), contentType: 'image/png' });
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel).toBeHidden();

    await page.getByRole('checkbox', { name: 'Select Contoso_Helpdesk_Administrators at Directory' }).check();
    await page.getByRole('button', { name: 'Remove assignment' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove assignment' });
    await expect(dialog.getByRole('list', { name: 'Assignments to remove' }).getByText('Contoso_Helpdesk_Administrators')).toBeVisible();
    // Fluent's dialog surface is positioned and shadowed by styles Griffel inserts when it opens.
    await expect(dialog).toHaveCSS('position', 'fixed');
    await testInfo.attach('remove-dialog', { body: await page.screenshot(), contentType: 'image/png' });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('switch', { name: 'Dark theme' }).check();
    await page.getByRole('switch', { name: 'Dark theme' }).uncheck();
    expect(violations).toEqual([]);
  });

  test('pages, route handlers, sign-in and the redirect page carry the headers', async ({ page }) => {
    const responses = {
      page: await page.request.get('/roles', { maxRedirects: 0 }),
      signIn: await page.request.get('/sign-in'),
      redirect: await page.request.get('/auth/redirect'),
      api: await page.request.get('/api/directory/search?q=a'),
      refusal: await page.request.get('/roles/%zz'),
    };
    for (const [what, response] of Object.entries(responses)) {
      const headers = response.headers();
      expect(headers['content-security-policy'], what).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(headers['content-security-policy'], what).not.toContain('unsafe-eval');
      expect(headers, what).toMatchObject({
        'cross-origin-opener-policy': 'same-origin',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin',
      });
      expect(headers['permissions-policy'], what).toContain('camera=()');
      // The demo is served over http: no HSTS.
      expect(headers, what).not.toHaveProperty('strict-transport-security');
    }
    expect(responses.page.status()).toBe(307);
    expect(responses.signIn.headers()['x-frame-options']).toBe('DENY');
    expect(responses.signIn.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // MSAL's silent renewal loads the redirect page in a hidden frame of the portal's own.
    expect(responses.redirect.headers()['x-frame-options']).toBe('SAMEORIGIN');
    expect(responses.redirect.headers()['content-security-policy']).toContain("frame-ancestors 'self'");

    const favicon = await page.request.get('/favicon.svg');
    expect(favicon.headers()).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  });

  test('every load gets a fresh nonce, and Next\u2019s scripts and Griffel\u2019s styles carry it', async ({ page }) => {
    await signInAs(page, accounts.globalReader, '/my-roles');
    const nonces: string[] = [];
    for (let load = 0; load < 2; load++) {
      const response = await page.goto(`${portalUrl}/my-roles`);
      const nonce = cspNonce(response?.headers()['content-security-policy']);
      expect(nonce).toBeTruthy();
      const onPage = await page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script')].map((script) => script.nonce),
        styles: [...document.querySelectorAll('style')].map((style) => style.nonce),
      }));
      expect(onPage.scripts.length).toBeGreaterThan(0);
      expect(new Set(onPage.scripts)).toEqual(new Set([nonce]));
      expect(onPage.styles.length).toBeGreaterThan(0);
      expect(new Set(onPage.styles)).toEqual(new Set([nonce]));
      nonces.push(nonce ?? '');
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
