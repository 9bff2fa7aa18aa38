// Vitest global setup for the `lib` project: one real emulator for the whole run, on free ports with a fresh
// temporary data dir, torn down at the end. Tests read its addresses with inject() (see tests/graph-fixtures.ts).
// Faults and the request log are global to this one instance, so tests that turn faults on scope them to paths
// only they use, and read the log by their own client-request-ids.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmulator } from '../emulator/src/start';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234/v1.0 */
    graphBaseUrl: string;
    /** e.g. http://127.0.0.1:41234: sign-in endpoints and /_emulator control endpoints. */
    emulatorOrigin: string;
    /** What the control endpoints (/_emulator/…) require in the x-emulator-control-token header. */
    emulatorControlToken: string;
    tenantId: string;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'roles-portal-lib-tests-'));
  const lines: string[] = [];
  // A token of its own, whatever EMULATOR_CONTROL_TOKEN the shell has: the tests get it through inject().
  const controlToken = randomBytes(18).toString('base64url');
  const emulator = await startEmulator({ port: 0, httpsPort: 0, dataDir, reset: true, faults: {}, controlToken, log: (line) => lines.push(line) }).catch(
    async (error: unknown) => {
      await rm(dataDir, { recursive: true, force: true });
      throw new Error(`The emulator did not start for the lib tests: ${String(error)}\n${lines.join('\n')}`);
    },
  );
  const origin = emulator.url.replace(/\/+$/, '');
  project.provide('emulatorOrigin', origin);
  project.provide('graphBaseUrl', `${origin}/v1.0`);
  project.provide('tenantId', emulator.tenantId);
  project.provide('emulatorControlToken', emulator.controlToken);
  if (process.env.GRAPH_TEST_VERBOSE) console.info(`emulator for lib tests on ${origin} in ${Math.round(performance.now() - started)} ms`);

  return async () => {
    await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
