// Creates a custom role that may rotate app registration credentials and assigns it to a user over one app
// registration, as an automation script would: @microsoft/microsoft-graph-client, signed in by client credentials at
// the emulator's token endpoint (plain http), Graph calls over the https listener (the client sends its token only
// to https URLs). Run again, it finds the role and the assignment already there; with CLEANUP=1 it removes the
// assignments of the role, then the role. Against a running emulator:
//   NODE_EXTRA_CA_CERTS=.emulator-data/tls/cert.pem node emulator/examples/custom-role.mjs
// Settings (defaults: the emulator's and Contoso's): GRAPH_ORIGIN, TOKEN_ORIGIN, TENANT_ID, CLIENT_ID,
// CLIENT_SECRET, ROLE_NAME (Contoso App Credential Rotator), USER_PRINCIPAL_NAME (AlexW@contoso.onmicrosoft.com),
// APP_NAME (Contoso Expenses), CLEANUP (1 to remove what the script made).
import { Client, GraphError } from '@microsoft/microsoft-graph-client';

const origin = process.env.GRAPH_ORIGIN ?? 'https://127.0.0.1:4443';
const tokenOrigin = process.env.TOKEN_ORIGIN ?? 'http://127.0.0.1:4000';
const tenantId = process.env.TENANT_ID ?? 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f';
const clientId = process.env.CLIENT_ID ?? '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f';
const clientSecret = process.env.CLIENT_SECRET ?? 'contoso-automation-secret';
const roleName = process.env.ROLE_NAME ?? 'Contoso App Credential Rotator';
const userPrincipalName = process.env.USER_PRINCIPAL_NAME ?? 'AlexW@contoso.onmicrosoft.com';
const appName = process.env.APP_NAME ?? 'Contoso Expenses';
const cleanup = process.env.CLEANUP === '1';

// App registration permissions Microsoft allows in custom roles (Learn: "Application registration permissions for
// custom roles in Microsoft Entra ID"); any other action is refused with Graph's own message.
const allowedResourceActions = ['microsoft.directory/applications/credentials/update', 'microsoft.directory/applications/standard/read'];

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
const findRole = async () =>
  (await client.api('/roleManagement/directory/roleDefinitions').filter(`displayName eq ${quoted(roleName)}`).get()).value[0];
const [existingRole, user, apps] = await Promise.all([
  findRole(),
  client.api(`/users/${encodeURIComponent(userPrincipalName)}`).select(['id', 'displayName']).get(),
  client.api('/applications').filter(`displayName eq ${quoted(appName)}`).select(['id', 'displayName']).get(),
]);
const app = apps.value[0];
if (!app) throw new Error(`No app registration named ${appName}.`);
// An app registration scope is "/" and the application's object id (not its appId).
const directoryScopeId = `/${app.id}`;

if (cleanup) {
  if (!existingRole) {
    console.log(`No custom role named ${roleName}; nothing to remove`);
  } else {
    // Graph refuses to delete a role that is still assigned: remove its assignments first, at every scope.
    const held = await client.api('/roleManagement/directory/roleAssignments').filter(`roleDefinitionId eq ${quoted(existingRole.id)}`).get();
    for (const assignment of held.value) {
      await client.api(`/roleManagement/directory/roleAssignments/${assignment.id}`).delete();
      console.log(`Removed assignment ${assignment.id} (${assignment.principalId} at ${assignment.directoryScopeId})`);
    }
    await client.api(`/roleManagement/directory/roleDefinitions/${existingRole.id}`).delete();
    console.log(`Deleted custom role ${roleName} (${existingRole.id})`);
  }
  process.exit(0);
}

let role = existingRole;
if (role) {
  console.log(`Custom role ${roleName} already exists (${role.id})`);
} else {
  try {
    role = await client.api('/roleManagement/directory/roleDefinitions').post({
      displayName: roleName,
      description: `Can rotate the credentials of the app registrations it is assigned over.`,
      isEnabled: true,
      rolePermissions: [{ allowedResourceActions }],
    });
    console.log(`Created custom role ${role.displayName} (${role.id}): ${role.rolePermissions[0].allowedResourceActions.join(', ')}`);
  } catch (error) {
    // Graph's words say why: an action outside the allowlist, a name already taken, the 100-role limit.
    if (!(error instanceof GraphError)) throw error;
    console.error(`Graph refused the role: ${error.statusCode} ${error.code}: ${error.message}`);
    process.exit(1);
  }
}

const existing = await client
  .api('/roleManagement/directory/roleAssignments')
  .filter(`roleDefinitionId eq ${quoted(role.id)} and principalId eq ${quoted(user.id)} and directoryScopeId eq ${quoted(directoryScopeId)}`)
  .get();
if (existing.value[0]) {
  console.log(`${user.displayName} already holds ${roleName} over ${app.displayName} (${existing.value[0].id})`);
} else {
  const assignment = await client.api('/roleManagement/directory/roleAssignments').post({
    roleDefinitionId: role.id,
    principalId: user.id,
    directoryScopeId,
  });
  console.log(`Assigned ${roleName} to ${user.displayName} over ${app.displayName} (${assignment.id})`);
}

const held = await client.api('/roleManagement/directory/roleAssignments').filter(`roleDefinitionId eq ${quoted(role.id)}`).expand('principal').get();
for (const assignment of held.value) {
  const scope = assignment.directoryScopeId === directoryScopeId ? `${assignment.directoryScopeId} (${app.displayName})` : assignment.directoryScopeId;
  console.log(`assigned\t${assignment.principal?.displayName ?? assignment.principalId}\t${scope}`);
}
console.log(`${held.value.length} assignments of ${roleName}`);
