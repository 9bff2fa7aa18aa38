// Signs in once through the emulator's real account picker, as a person (and e2e/fixtures/portal.ts) would, and
// keeps the portal's session cookie for every procedure and theme. The tokens outlive a whole run, and a tenant reset
// keeps Patti's account, so one sign-in serves all.
import { accounts } from '../../tests/demo-tenant.mjs';
import { deviceScaleFactor, viewport } from './frame.mjs';

/** Patti Fernandez holds Privileged Role Administrator in the demo tenant: the least role the procedures need. */
export const admin = { ...accounts.privilegedRoleAdministrator, role: 'Privileged Role Administrator' };

/**
 * Who a procedure signs in as: `admin`, unless the procedure names an `account` of its own ({ displayName, upn, role },
 * as "Activate an eligible role", which is done by the eligible user, not by an administrator).
 */
export const accountOf = (procedure) => procedure.account ?? admin;

/** The portal's session cookies after signing in as `account` (by default `admin`) through the account picker. */
export async function signIn(browser, portalOrigin, account = admin) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  try {
    const page = await context.newPage();
    await page.goto(`${portalOrigin}/roles`);
    await page.getByRole('heading', { name: 'Pick an account' }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^${account.displayName}`) }).click();
    await page.waitForURL((url) => url.pathname === '/roles');
    await page.getByRole('button', { name: `Account: ${account.displayName}` }).waitFor();
    const cookies = (await context.cookies()).filter((cookie) => cookie.name === 'rp_session');
    if (cookies.length === 0) throw new Error('Signing in through the account picker set no rp_session cookie');
    return cookies;
  } finally {
    await context.close();
  }
}
