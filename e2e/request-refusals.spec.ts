import type { Request } from '@playwright/test';
import { portalUrl } from '../playwright.config';
import { pickMember } from './blade-helpers';
import { accounts, expect, signInAs, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

// Requests the portal refuses before any page or route handler runs (lib/security/request-checks.ts): each used to
// end as a 500, and a refusal is the client's mistake, so it is a 4xx that says what was wrong.

const { helpdeskAdministrator } = builtInRoles;
const elsewhere = 'https://evil.example';

test.describe('request refusals', () => {
  for (const path of ['/roles/%zz', '/users/%E0%80%80', '/admin-units/%']) {
    test(`answers an address that does not decode, ${path}, with 400`, async ({ page }) => {
      await signInAs(page, accounts.globalReader, '/my-roles');
      const response = await page.goto(path);
      expect(response?.status()).toBe(400);
      await expect(page.getByText('That address is not valid.')).toBeVisible();
    });
  }

  test('refuses a session handed over from another site', async ({ request }) => {
    const response = await request.post('/api/session', {
      headers: { Origin: elsewhere, 'Content-Type': 'application/json' },
      data: { accessToken: 'x'.repeat(40) },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: 'Changes can only be made from the portal itself.' });

    const clear = await request.delete('/api/session', { headers: { Origin: elsewhere } });
    expect(clear.status()).toBe(403);
    const crossSite = await request.post('/api/session', { headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' }, data: {} });
    expect(crossSite.status()).toBe(403);
  });

  test('refuses a server action called from another site, and runs it from the portal', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    // A real action id, from the request the page makes for "View Graph request" (a read: the Graph base URL).
    const actionCall = page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined);
    await page.getByRole('button', { name: 'Add assignments' }).click();
    const panel = page.getByRole('dialog', { name: 'Add assignments' });
    await pickMember(panel, 'Alex', 'Alex Wilber');
    await panel.getByRole('button', { name: 'View Graph request' }).click();
    const recorded: Request = await actionCall;
    // The action's own headers (its id, the router state, the body's type); the context's cookies sign it in.
    const headers = Object.fromEntries(Object.entries(await recorded.allHeaders())
      .filter(([name]) => name.startsWith('next-') || name === 'content-type' || name === 'accept'));
    const replay = (origin: string) =>
      page.request.post(recorded.url(), { headers: { ...headers, origin }, data: recorded.postData() ?? '', maxRedirects: 0 });

    const refused = await replay(elsewhere);
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toBe('Changes can only be made from the portal itself.');
    expect((await replay(portalUrl)).status()).toBe(200);
  });

  test('answers a form posted to a page without JavaScript with 405', async ({ page }) => {
    await signInAs(page, accounts.privilegedRoleAdministrator, `/roles/${helpdeskAdministrator}`);
    // What a browser without JavaScript sends for a server-action form: the action id as a field, no Next-Action header.
    const response = await page.request.post(`/roles/${helpdeskAdministrator}`, {
      headers: { Origin: portalUrl },
      form: { '$ACTION_ID_0000000000000000000000000000000000000000': '', principalId: '00000000-0000-4000-8000-000000000000' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(405);
    expect(response.headers()['allow']).toBe('GET, HEAD');
    expect(await response.text()).toMatch(/takes no form posts/);
  });
});
