import { emulatorControl } from './fixtures/emulator-control';
import { accounts, expect, signInAs, test } from './fixtures/portal';
import { builtInRoles } from '../tests/demo-tenant.mjs';

const { setFaults } = emulatorControl;

test.afterEach(async () => {
  await setFaults({});
});

test('when Graph fails, the blade says so and Retry brings it back', async ({ page }) => {
  await signInAs(page, accounts.privilegedRoleAdministrator, '/my-roles');
  await setFaults({ rate500: 1, paths: '^/roleManagement' });
  await page.reload();
  await expect(page.getByText("This blade couldn't be loaded")).toBeVisible();
  await expect(page.getByText(/nothing was changed/i)).toHaveCount(0);
  await setFaults({});
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('grid', { name: 'My role assignments' })).toContainText('Privileged Role Administrator');
});

test('a short burst of throttling is absorbed by retries the admin never sees', async ({ page }) => {
  await signInAs(page, accounts.privilegedRoleAdministrator, '/my-roles');
  // Graph-style throttling: the first requests of each window are allowed, then 429 with Retry-After.
  await setFaults({ rateLimit: { requests: 4, windowSeconds: 1 } });
  await page.reload();
  await expect(page.getByRole('grid', { name: 'My role assignments' })).toContainText('Privileged Role Administrator');
});

// A blade whose server HTML React can't hydrate as is gets rendered again on the client, and a click made in that
// instant is lost (Fluent's focus sentinels were the cause: components/shell/tabster-hydration-gate.ts).
test('every blade hydrates its server HTML as sent, also when Graph is slow and the blade streams in late', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
  const blades = ['/roles', `/roles/${builtInRoles.helpdeskAdministrator}`, '/admin-units', '/app-registrations', '/groups', '/users', '/my-roles'];
  for (const latencyMs of [0, [400, 900]]) {
    await setFaults(latencyMs ? { latencyMs } : {});
    for (const path of blades) {
      await page.goto(path);
      await expect(page.getByRole('grid').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
  }
  expect(errors).toEqual([]);
});

// Griffel's CSS goes out with every flush of the stream that added rules (components/shell/providers.tsx): a blade
// that streams in after the shell is styled before React hydrates it. Here the page's scripts never load, so only
// the server's HTML and React's inline streaming scripts are at work.
test('a blade that streams in after the shell is styled before any script of the page runs', async ({ browser, page }) => {
  await signInAs(page, accounts.privilegedRoleAdministrator, '/roles');
  const bare = await browser.newContext({ storageState: await page.context().storageState() });
  const scriptless = await bare.newPage();
  await scriptless.route('**/_next/static/chunks/**', (route) => route.abort());
  await setFaults({ latencyMs: 800 });
  await scriptless.goto('/roles');
  await expect(scriptless.getByRole('grid', { name: 'All roles' }).getByRole('row').nth(1)).toBeVisible();
  // The blade's breadcrumb is rendered with its data, after the shell: without its CSS it is a numbered list.
  await expect(scriptless.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('list')).toHaveCSS('list-style-type', 'none');
  await bare.close();
});
