import { emulatorUrl } from '../playwright.config';
import { accounts, expect, signInAs, test } from './fixtures/portal';

async function setFaults(faults: object): Promise<void> {
  const response = await fetch(`${emulatorUrl}/_emulator/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  expect(response.ok).toBe(true);
}

test.afterEach(async () => {
  await setFaults({});
});

test('when Graph fails, the blade says so and Retry brings it back', async ({ page }) => {
  await signInAs(page, accounts.privilegedRoleAdministrator, '/my-roles');
  await setFaults({ rate500: 1, paths: '^/roleManagement' });
  await page.reload();
  await expect(page.getByText("This blade couldn't be loaded")).toBeVisible();
  await expect(page.getByText(/Nothing was changed/)).toBeVisible();
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
