// Microsoft's own client libraries against the https listener, configured the way their documentation says for a
// non-Microsoft authority (see "Microsoft's client libraries" in emulator/README.md). Each runs in a child process,
// because the self-signed certificate is trusted the way a user would trust it: NODE_EXTRA_CA_CERTS, which Node
// reads only at start.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../test-support';

const run = promisify(execFile);
const examples = path.resolve(import.meta.dirname, '../../examples');

let emulator: TestEmulator;
let authorityHost: string;
beforeAll(async () => {
  emulator = await startTestEmulator({ httpsPort: 0 });
  // The issuer and the certificate name localhost, as clients know the emulator (CONTRACT.md).
  authorityHost = `https://localhost:${new URL(emulator.httpsUrl ?? '').port}`;
});
afterAll(() => emulator.cleanup());

function node(args: string[]) {
  return run(process.execPath, args, {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    timeout: 60_000,
    env: {
      ...process.env,
      NODE_EXTRA_CA_CERTS: emulator.certificatePath ?? '',
      AUTHORITY_HOST: authorityHost,
      NO_PROXY: 'localhost,127.0.0.1',
    },
  });
}

/** Runs ES module code with @azure/msal-node in a child process; the code prints one JSON line. */
async function msalNode(code: string): Promise<Record<string, unknown>> {
  const { stdout } = await node(['--input-type=module', '-e', code]);
  return JSON.parse(stdout) as Record<string, unknown>;
}

const automationApp = `
  import { ConfidentialClientApplication } from '@azure/msal-node';
  const app = new ConfidentialClientApplication({ auth: {
    clientId: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f', clientSecret: 'contoso-automation-secret',
    authority: process.env.AUTHORITY_HOST + '/d4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f',
    knownAuthorities: [new URL(process.env.AUTHORITY_HOST).host] } });
`;

describe('@azure/msal-node', () => {
  it('gets a v1 Graph token by client credentials from the https authority (knownAuthorities)', async () => {
    const claims = await msalNode(`${automationApp}
      const result = await app.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
      console.log(Buffer.from(result.accessToken.split('.')[1], 'base64url').toString());`);
    expect(claims).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${emulator.tenantId}/`,
      ver: '1.0',
      idtyp: 'app',
      appid: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f',
      appidacr: '1',
      roles: expect.arrayContaining(['RoleManagement.ReadWrite.Directory']),
    });
  });

  it("surfaces Entra's AADSTS1002012 for a client-credentials scope without /.default", async () => {
    const failure = await msalNode(`${automationApp}
      try {
        await app.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/User.Read'] });
        console.log('{}');
      } catch (error) {
        console.log(JSON.stringify({ errorCode: error.errorCode, errorMessage: error.errorMessage }));
      }`);
    expect(failure.errorCode).toBe('invalid_scope');
    // MSAL prefixes Entra's error_description with the codes and timestamp it read from the body.
    expect(String(failure.errorMessage)).toContain(
      'Description: AADSTS1002012: The provided value for scope https://graph.microsoft.com/User.Read is not valid.',
    );
  });

  it('runs the example script, which prints the roles the app can read', async () => {
    const { stdout } = await node([path.join(examples, 'msal-node-client-credentials.mjs')]);
    expect(stdout).toMatch(/^The app can read \d+ roles:\n/);
    expect(stdout).toContain('- Privileged Role Administrator\n');
  });
});

describe('@azure/identity', () => {
  it('runs the ClientSecretCredential example (authorityHost, disableInstanceDiscovery), which prints the roles', async () => {
    const { stdout } = await node([path.join(examples, 'identity-client-secret.mjs')]);
    expect(stdout).toMatch(/^The app can read \d+ roles:\n/);
    expect(stdout).toContain('- Global Administrator\n');
  });

  it('refuses a wrong secret with the AADSTS code in its error', async () => {
    const { stdout } = await node(['--input-type=module', '-e', `
      import { ClientSecretCredential } from '@azure/identity';
      const credential = new ClientSecretCredential('d4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f',
        '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f', 'guess', { authorityHost: process.env.AUTHORITY_HOST, disableInstanceDiscovery: true });
      try { await credential.getToken('https://graph.microsoft.com/.default'); console.log('token'); }
      catch (error) { console.log(error.name + ': ' + error.message); }`]);
    expect(stdout).toMatch(/^AuthenticationRequiredError|^CredentialUnavailableError|^AuthenticationError/);
    expect(stdout).toContain('AADSTS7000215');
  });
});
