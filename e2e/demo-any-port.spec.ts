import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The README's run command on ports other than the defaults: `npm run demo` must register the portal's own redirect
// URI with the emulator it starts, or sign-in ends at AADSTS50011 (issue #13).
const ports = { portal: 3610, emulator: 4610, emulatorHttps: 4611 };
const portal = `http://localhost:${ports.portal}`;

let demo: ChildProcess | undefined;
let output = '';

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(3_000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

test.beforeAll(async () => {
  test.setTimeout(150_000);
  demo = spawn(process.execPath, ['scripts/demo.mjs', '--no-build'], {
    detached: true, // its own process group: stopping it stops the emulator and next-server too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(ports.portal),
      EMULATOR_PORT: String(ports.emulator),
      EMULATOR_HTTPS_PORT: String(ports.emulatorHttps),
      EMULATOR_DATA_DIR: '.emulator-data/demo-any-port',
      EMULATOR_PORTAL_REDIRECT_URIS: '',
    },
  });
  demo.stdout?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  demo.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const deadline = Date.now() + 140_000;
  while (!(await answers(`${portal}/sign-in`)) || !(await answers(`http://localhost:${ports.emulator}/_emulator/health`))) {
    if (demo.exitCode !== null) throw new Error(`npm run demo exited (${demo.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm run demo did not answer on ${portal}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(async () => {
  if (demo?.pid && demo.exitCode === null) {
    const exited = new Promise((resolve) => demo?.once('exit', resolve));
    process.kill(-demo.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (demo.exitCode === null) process.kill(-demo.pid, 'SIGKILL');
  }
});

test('npm run demo on ports 3610/4610/4611 signs in through the picker', async ({ page }) => {
  expect(output).toContain(`redirect URI http://localhost:${ports.portal}/auth/redirect`);
  await page.goto(`${portal}/roles`);
  await expect(page.getByRole('heading', { name: 'Pick an account' })).toBeVisible();
  await page.getByRole('button', { name: /^Patti Fernandez/ }).click();
  await page.waitForURL(`${portal}/roles`);
  await expect(page.getByRole('button', { name: 'Account: Patti Fernandez' })).toBeVisible();
  await expect(page.getByRole('grid')).toContainText('Global Administrator');
});
