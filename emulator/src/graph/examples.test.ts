// The README's example scripts for Microsoft's Graph clients run as a user would run them: `node <script>`
// against an emulator, configured by environment variables only.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contosoIds } from '../seed/contoso';
import { appToken, call, personas, startTestEmulator, type Collection, type TestEmulator } from '../test-support';

const run = promisify(execFile);
let emulator: TestEmulator;
let certificatePath: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ httpsPort: 0 });
  certificatePath = path.join(emulator.dataDir, 'example-ca.pem');
  await writeFile(certificatePath, emulator.certificate as string);
});
afterAll(async () => emulator?.cleanup());

/** Runs an example as a user would: `node <script>` with settings from the environment only. */
const runScript = (script: string, env: Record<string, string>) =>
  run(process.execPath, [path.join('emulator', 'examples', script)], {
    env: { ...process.env, TOKEN_ORIGIN: emulator.url, TENANT_ID: emulator.tenantId, NODE_EXTRA_CA_CERTS: certificatePath, ...env },
    timeout: 60_000,
  });

describe('example scripts', () => {
  // The old client over the https listener (it sends tokens to https URLs only), Kiota over plain http.
  it.each([
    ['graph-client-list-roles.mjs', () => emulator.httpsUrl as string],
    ['msgraph-sdk-list-roles.mjs', () => emulator.url],
  ])('%s signs in and lists every role assignment', async (script, graphOrigin) => {
    const { stdout } = await runScript(script, { GRAPH_ORIGIN: graphOrigin() });
    const counted = await call<Collection>(emulator, 'GET', '/v1.0/roleManagement/directory/roleAssignments?$count=true&$top=1', {
      token: await appToken(emulator),
    });
    const total = /(\d+) role assignments\s*$/.exec(stdout)?.[1];
    expect(Number(total)).toBe(counted.body['@odata.count']);
    expect(stdout).toMatch(/\t\/\n/);
  });

  it('custom-role.mjs creates a custom role, assigns it over one app registration, finds both on a rerun and cleans up', async () => {
    const roleName = 'Contoso App Credential Rotator';
    const expenses = contosoIds.application('Contoso Expenses');
    const runExample = (env: Record<string, string> = {}) =>
      runScript('custom-role.mjs', { GRAPH_ORIGIN: emulator.httpsUrl as string, USER_PRINCIPAL_NAME: 'IsaiahL@contoso.onmicrosoft.com', ...env });
    const token = await appToken(emulator);
    const findRole = async () =>
      (await call<Collection<{ id: string }>>(emulator, 'GET', `/v1.0/roleManagement/directory/roleDefinitions?$filter=displayName eq '${roleName}'`, { token })).body.value;

    const first = await runExample();
    expect(first.stdout).toMatch(new RegExp(`^Created custom role ${roleName} \\([0-9a-f-]{36}\\): microsoft\\.directory/applications/credentials/update`, 'm'));
    expect(first.stdout).toMatch(new RegExp(`^Assigned ${roleName} to Isaiah Langer over Contoso Expenses`, 'm'));
    const [role] = await findRole();
    if (!role) throw new Error('the script left no role');
    const heldBy = async (roleId: string) =>
      (await call<Collection<{ principalId: string; directoryScopeId: string }>>(
        emulator, 'GET', `/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${roleId}'`, { token })).body.value;
    expect(await heldBy(role.id)).toEqual([expect.objectContaining({ principalId: personas.isaiah, directoryScopeId: `/${expenses}` })]);
    expect(first.stdout).toMatch(/1 assignments of Contoso App Credential Rotator\s*$/);

    const second = await runExample();
    expect(second.stdout).toMatch(`Custom role ${roleName} already exists (${role.id})`);
    expect(second.stdout).toMatch(`Isaiah Langer already holds ${roleName} over Contoso Expenses`);

    const cleaned = await runExample({ CLEANUP: '1' });
    expect(cleaned.stdout).toMatch(`Deleted custom role ${roleName} (${role.id})`);
    expect(await heldBy(role.id)).toEqual([]);
    expect(await findRole()).toEqual([]);
  });
});
