// Makes a user eligible for a role with PIM, as an automation script would: @microsoft/microsoft-graph-client,
// signed in by client credentials at the emulator's token endpoint (plain http), Graph calls over the https
// listener (the client sends its token only to https URLs). Then lists the role's eligible assignments and reads
// the role setting that caps eligibility. Against a running emulator:
//   NODE_EXTRA_CA_CERTS=.emulator-data/tls/cert.pem node emulator/examples/pim-eligible-assignment.mjs
// Settings (defaults: the emulator's and Contoso's): GRAPH_ORIGIN, TOKEN_ORIGIN, TENANT_ID, CLIENT_ID,
// CLIENT_SECRET, ROLE_NAME (Helpdesk Administrator), USER_PRINCIPAL_NAME (AlexW@contoso.onmicrosoft.com),
// DURATION (an ISO 8601 duration, P30D).
import { Client, GraphError } from '@microsoft/microsoft-graph-client';

const origin = process.env.GRAPH_ORIGIN ?? 'https://127.0.0.1:4443';
const tokenOrigin = process.env.TOKEN_ORIGIN ?? 'http://127.0.0.1:4000';
const tenantId = process.env.TENANT_ID ?? 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f';
const clientId = process.env.CLIENT_ID ?? '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f';
const clientSecret = process.env.CLIENT_SECRET ?? 'contoso-automation-secret';
const roleName = process.env.ROLE_NAME ?? 'Helpdesk Administrator';
const userPrincipalName = process.env.USER_PRINCIPAL_NAME ?? 'AlexW@contoso.onmicrosoft.com';
const duration = process.env.DURATION ?? 'P30D';

/** Client credentials, as against https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token. */
async function getToken() {
  const response = await fetch(`${tokenOrigin}/${tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'https://graph.microsoft.com/.default' }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`Sign-in failed: ${body.error}: ${body.error_description}`);
  return body.access_token;
}

const token = await getToken();
const client = Client.init({
  authProvider: (done) => done(null, token),
  baseUrl: `${origin}/`,
  defaultVersion: 'v1.0',
  customHosts: new Set([new URL(origin).hostname]),
});

const quoted = (value) => `'${value.replace(/'/g, "''")}'`;
const [roles, user] = await Promise.all([
  client.api('/roleManagement/directory/roleDefinitions').filter(`displayName eq ${quoted(roleName)}`).select(['id', 'displayName']).get(),
  client.api(`/users/${encodeURIComponent(userPrincipalName)}`).select(['id', 'displayName']).get(),
]);
const role = roles.value[0];
if (!role) throw new Error(`No role named ${roleName}.`);

// A request is PIM's only write path: it answers 201 with the request, whose status says what happened.
try {
  const request = await client.api('/roleManagement/directory/roleEligibilityScheduleRequests').post({
    action: 'adminAssign',
    principalId: user.id,
    roleDefinitionId: role.id,
    directoryScopeId: '/',
    justification: 'Made eligible by the PIM example script',
    scheduleInfo: { expiration: { type: 'afterDuration', duration } },
  });
  // An afterDuration request answers its duration (endDateTime null); the schedule below has the end.
  const expiration = request.scheduleInfo?.expiration;
  const lasting = expiration?.endDateTime ? `until ${expiration.endDateTime}` : expiration?.duration ? `for ${expiration.duration}` : 'permanently';
  console.log(`Request ${request.id}: ${request.status}, ${user.displayName} eligible for ${role.displayName} ${lasting}`);
} catch (error) {
  // Run twice, the second request finds the eligibility already there.
  if (!(error instanceof GraphError) || error.code !== 'RoleAssignmentExists') throw error;
  console.log(`${user.displayName} is already eligible for ${role.displayName} (${error.code})`);
}

const schedules = await client
  .api('/roleManagement/directory/roleEligibilitySchedules')
  .filter(`roleDefinitionId eq ${quoted(role.id)}`)
  .expand('principal')
  .get();
for (const schedule of schedules.value) {
  const end = schedule.scheduleInfo?.expiration?.endDateTime ?? 'permanent';
  console.log(`eligible\t${schedule.principal?.displayName ?? schedule.principalId}\t${schedule.directoryScopeId}\t${end}`);
}

const policies = await client
  .api('/policies/roleManagementPolicyAssignments')
  .filter(`scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq ${quoted(role.id)}`)
  .expand('policy($expand=rules)')
  .get();
const rules = policies.value[0]?.policy?.rules ?? [];
const eligibility = rules.find((rule) => rule.id === 'Expiration_Admin_Eligibility');
const activation = rules.find((rule) => rule.id === 'Expiration_EndUser_Assignment');
console.log(`Role settings: permanent eligibility ${eligibility?.isExpirationRequired ? 'not allowed' : 'allowed'}, eligibility at most ${eligibility?.maximumDuration}, activation at most ${activation?.maximumDuration}`);
console.log(`${schedules.value.length} eligible assignments`);
