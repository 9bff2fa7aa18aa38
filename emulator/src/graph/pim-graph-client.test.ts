// PIM driven the way a script drives it: the official @microsoft/microsoft-graph-client over the https listener,
// an automation app signed in by client credentials, and an eligible user signed in at the emulator's sign-in
// page (authorization code + PKCE, so the token carries the page's amr ["pwd","mfa"]).
import { createHash, randomBytes } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { AuthenticationHandler, Client, GraphError, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wellKnownRoles } from '../seed/catalog';
import { clientCredentialsToken, control, personas, startTestEmulator, type TestEmulator } from '../test-support';

const portalClientId = '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3';
const redirectUri = 'http://localhost:3000/auth/redirect';
const role = wellKnownRoles.helpdeskAdministrator;
const eligibilityRequests = '/roleManagement/directory/roleEligibilityScheduleRequests';
const assignmentRequests = '/roleManagement/directory/roleAssignmentScheduleRequests';

let emulator: TestEmulator;
let admin: Client;
let alex: Client;

/** The client's last middleware: node:https trusting only the emulator's self-signed certificate. */
class TrustingHttpsHandler implements Middleware {
  constructor(private readonly ca: string) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = context.options ?? {};
    const headers = Object.fromEntries(new Headers(options.headers as HeadersInit | undefined));
    const body = typeof options.body === 'string' ? options.body : undefined;
    context.response = await new Promise<Response>((resolve, reject) => {
      const outgoing = httpsRequest(url, { method: options.method ?? 'GET', headers, ca: this.ca }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
          const status = incoming.statusCode ?? 500;
          resolve(new Response(status === 204 || chunks.length === 0 ? null : Buffer.concat(chunks), { status, headers: responseHeaders }));
        });
      });
      outgoing.on('error', reject);
      if (body) outgoing.write(body);
      outgoing.end();
    });
  }
}

function graphClient(token: string): Client {
  const httpsUrl = emulator.httpsUrl as string;
  const authentication = new AuthenticationHandler({ getAccessToken: async () => token });
  authentication.setNext(new TrustingHttpsHandler(emulator.certificate as string));
  return Client.initWithMiddleware({
    baseUrl: `${httpsUrl}/`, customHosts: new Set([new URL(httpsUrl).hostname]), middleware: authentication, defaultVersion: 'v1.0',
  });
}

/** An interactive sign-in as the portal does it: the account picker, then the code redeemed with PKCE. */
async function signInAtThePage(userId: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = `${emulator.url}/${emulator.tenantId}/oauth2/v2.0/authorize`;
  const query = new URLSearchParams({
    client_id: portalClientId, redirect_uri: redirectUri, response_type: 'code', response_mode: 'fragment',
    scope: 'https://graph.microsoft.com/.default openid', code_challenge: challenge, code_challenge_method: 'S256', state: 'pim',
  });
  const picker = await (await fetch(`${authorize}?${query}`)).text();
  const signed = /name="request" value="([^"]+)"/.exec(picker)?.[1];
  if (!signed) throw new Error('the sign-in page has no request field');
  const chosen = await fetch(authorize, { method: 'POST', body: new URLSearchParams({ request: signed, account: userId }), redirect: 'manual' });
  const code = new URLSearchParams(new URL(chosen.headers.get('Location') ?? '').hash.slice(1)).get('code');
  if (!code) throw new Error(`no code after the picker: ${chosen.status}`);
  const redeemed = await fetch(`${emulator.url}/${emulator.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { Origin: new URL(redirectUri).origin },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: portalClientId, code, redirect_uri: redirectUri, code_verifier: verifier }),
  });
  const body = (await redeemed.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token endpoint answered ${redeemed.status}`);
  return body.access_token;
}

const graphError = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

beforeAll(async () => {
  emulator = await startTestEmulator({ httpsPort: 0, portalClientId, portalRedirectUris: [redirectUri] });
  admin = graphClient(await clientCredentialsToken(emulator));
  alex = graphClient(await signInAtThePage(personas.alex));
});
afterAll(async () => emulator?.cleanup());

describe('PIM with @microsoft/microsoft-graph-client', () => {
  it('makes a user eligible, activates as that user, sees the activation, and deactivates it', async () => {
    const request = (await admin.api(eligibilityRequests).post({
      action: 'adminAssign', principalId: personas.alex, roleDefinitionId: role, directoryScopeId: '/',
      justification: 'On call for the helpdesk', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'P30D' } },
    })) as { id: string; status: string; action: string; createdBy: { user: { id: string } | null } };
    expect(request).toMatchObject({ status: 'Provisioned', action: 'adminAssign' });

    const filter = `principalId eq '${personas.alex}' and roleDefinitionId eq '${role}'`;
    const schedules = (await admin.api('/roleManagement/directory/roleEligibilitySchedules').filter(filter).get()) as { value: Array<{ id: string; memberType: string }> };
    expect(schedules.value).toHaveLength(1);
    expect(schedules.value[0]?.memberType).toBe('Direct');
    const instances = (await admin.api('/roleManagement/directory/roleEligibilityScheduleInstances').filter(filter).get()) as { value: Array<{ roleEligibilityScheduleId: string }> };
    expect(instances.value.map((i) => i.roleEligibilityScheduleId)).toEqual([schedules.value[0]?.id]);

    const mine = (await alex.api("/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')").get()) as { value: Array<{ roleDefinitionId: string }> };
    expect(mine.value.map((i) => i.roleDefinitionId)).toContain(role);

    const activation = (await alex.api(assignmentRequests).post({
      action: 'selfActivate', principalId: personas.alex, roleDefinitionId: role, directoryScopeId: '/',
      justification: 'Resetting a locked-out user', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } },
    })) as { status: string };
    expect(activation.status).toBe('Provisioned');
    const active = (await alex.api("/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')").get()) as {
      value: Array<{ roleDefinitionId: string; assignmentType: string; memberType: string; endDateTime: string | null }>;
    };
    expect(active.value.find((i) => i.roleDefinitionId === role)).toMatchObject({ assignmentType: 'Activated', memberType: 'Direct', endDateTime: expect.any(String) });
    const assignments = (await admin.api('/roleManagement/directory/roleAssignments').filter(filter).get()) as { value: unknown[] };
    expect(assignments.value).toHaveLength(1);

    // Deactivating within 5 minutes of the activation is refused; move the PIM clock past that.
    const early = await graphError(alex.api(assignmentRequests).post({ action: 'selfDeactivate', principalId: personas.alex, roleDefinitionId: role, directoryScopeId: '/' }));
    expect(early).toBeInstanceOf(GraphError);
    expect(early).toMatchObject({ statusCode: 400, code: 'ActiveDurationTooShort' });
    expect((await control(emulator, 'PUT', '/_emulator/clock', { body: { advanceBy: 'PT6M' } })).status).toBe(200);
    const deactivation = (await alex.api(assignmentRequests).post({
      action: 'selfDeactivate', principalId: personas.alex, roleDefinitionId: role, directoryScopeId: '/',
    })) as { status: string };
    expect(deactivation.status).toBe('Revoked');
    expect(((await admin.api('/roleManagement/directory/roleAssignments').filter(filter).get()) as { value: unknown[] }).value).toHaveLength(0);
  });

  it('reads and changes a role setting, and a request the setting refuses surfaces as GraphError with its code', async () => {
    const assignments = (await admin
      .api('/policies/roleManagementPolicyAssignments')
      .filter(`scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${role}'`)
      .expand('policy($expand=rules)')
      .get()) as { value: Array<{ policyId: string; policy: { rules: Array<{ id: string; maximumDuration?: string }> } }> };
    const [assignment] = assignments.value;
    expect(assignment?.policy.rules.find((r) => r.id === 'Expiration_EndUser_Assignment')?.maximumDuration).toBe('PT8H');

    const ruleUrl = `/policies/roleManagementPolicies/${assignment?.policyId}/rules/Expiration_EndUser_Assignment`;
    await admin.api(ruleUrl).patch({
      '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_EndUser_Assignment',
      isExpirationRequired: true, maximumDuration: 'PT2H',
      target: { caller: 'EndUser', operations: ['All'], level: 'Assignment', inheritableSettings: [], enforcedSettings: [] },
    });
    expect(((await admin.api(ruleUrl).get()) as { maximumDuration: string }).maximumDuration).toBe('PT2H');

    const wrongType = await graphError(admin.api(ruleUrl).patch({ '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule', enabledRules: [] }));
    expect(wrongType).toMatchObject({ statusCode: 400, code: 'BadRequest' });

    const tooLong = await graphError(alex.api(assignmentRequests).post({
      action: 'selfActivate', principalId: personas.alex, roleDefinitionId: role, directoryScopeId: '/',
      justification: 'A long shift', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT3H' } },
    }));
    expect(tooLong).toBeInstanceOf(GraphError);
    expect(tooLong).toMatchObject({
      statusCode: 400, code: 'RoleAssignmentRequestPolicyValidationFailed', message: 'The following policy rules failed: ["ExpirationRule"]',
    });
    const unexplained = await graphError(alex.api(assignmentRequests).post({
      action: 'selfActivate', principalId: personas.alex, roleDefinitionId: role, directoryScopeId: '/',
      scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } },
    }));
    expect(unexplained).toMatchObject({ code: 'RoleAssignmentRequestPolicyValidationFailed', message: 'The following policy rules failed: ["JustificationRule"]' });

    // The page's sign-in counts as MFA; a token without "mfa" in amr fails the default "require MFA on activation".
    const withoutMfa = graphClient(await emulator.identity.mintAccessTokenForTests({ userId: personas.alex, amr: ['pwd'] }));
    const noMfa = await graphError(withoutMfa.api(assignmentRequests).post({
      action: 'selfActivate', principalId: personas.alex, roleDefinitionId: role, directoryScopeId: '/',
      justification: 'A short task', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } },
    }));
    expect(noMfa).toMatchObject({ statusCode: 400, code: 'RoleAssignmentRequestPolicyValidationFailed', message: 'The following policy rules failed: ["MfaRule"]' });
  });

  it('runs the example script, which makes Adele eligible, lists the eligible assignments and prints the role settings', async () => {
    const certificatePath = path.join(emulator.dataDir, 'pim-example-ca.pem');
    await writeFile(certificatePath, emulator.certificate as string);
    const run = () => promisify(execFile)(process.execPath, [path.join('emulator', 'examples', 'pim-eligible-assignment.mjs')], {
      env: {
        ...process.env, GRAPH_ORIGIN: emulator.httpsUrl as string, TOKEN_ORIGIN: emulator.url, TENANT_ID: emulator.tenantId,
        NODE_EXTRA_CA_CERTS: certificatePath, ROLE_NAME: 'Reports Reader', USER_PRINCIPAL_NAME: 'AdeleV@contoso.onmicrosoft.com',
      },
      timeout: 60_000,
    });
    const first = await run();
    expect(first.stdout).toMatch(/Provisioned, Adele Vance eligible for Reports Reader for P30D/);
    expect(first.stdout).toMatch(/^eligible\tAdele Vance\t\/\t\d{4}-/m);
    expect(first.stdout).toMatch(/activation at most PT8H/);
    const second = await run();
    expect(second.stdout).toMatch(/Adele Vance is already eligible for Reports Reader \(RoleAssignmentExists\)/);
  });
});
