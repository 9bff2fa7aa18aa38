// The README's example scripts for Microsoft's Graph clients run as a user would run them: `node <script>`
// against an emulator, configured by environment variables only.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appToken, call, startTestEmulator, type Collection, type TestEmulator } from '../test-support';

const run = promisify(execFile);
let emulator: TestEmulator;
let certificatePath: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ httpsPort: 0 });
  certificatePath = path.join(emulator.dataDir, 'example-ca.pem');
  await writeFile(certificatePath, emulator.certificate as string);
});
afterAll(async () => emulator?.cleanup());

describe('example scripts', () => {
  // The old client over the https listener (it sends tokens to https URLs only), Kiota over plain http.
  it.each([
    ['graph-client-list-roles.mjs', () => emulator.httpsUrl as string],
    ['msgraph-sdk-list-roles.mjs', () => emulator.url],
  ])('%s signs in and lists every role assignment', async (script, graphOrigin) => {
    const { stdout } = await run(process.execPath, [path.join('emulator', 'examples', script)], {
      env: { ...process.env, GRAPH_ORIGIN: graphOrigin(), TOKEN_ORIGIN: emulator.url, TENANT_ID: emulator.tenantId, NODE_EXTRA_CA_CERTS: certificatePath },
      timeout: 60_000,
    });
    const counted = await call<Collection>(emulator, 'GET', '/v1.0/roleManagement/directory/roleAssignments?$count=true&$top=1', {
      token: await appToken(emulator),
    });
    const total = /(\d+) role assignments\s*$/.exec(stdout)?.[1];
    expect(Number(total)).toBe(counted.body['@odata.count']);
    expect(stdout).toMatch(/\t\/\n/);
  });
});
