// Lists the tenant's role assignments with @microsoft/microsoft-graph-client, signed in by client credentials at the
// emulator's token endpoint (plain http). The client sends its token only to https URLs, so Graph calls go to the
// emulator's https listener, whose self-signed certificate Node must trust. Against a running emulator:
//   NODE_EXTRA_CA_CERTS=.emulator-data/tls/cert.pem node emulator/examples/graph-client-list-roles.mjs
// Settings (defaults: the emulator's): GRAPH_ORIGIN, TOKEN_ORIGIN, TENANT_ID, CLIENT_ID, CLIENT_SECRET.
import { Client, PageIterator } from '@microsoft/microsoft-graph-client';

const origin = process.env.GRAPH_ORIGIN ?? 'https://127.0.0.1:4443';
const tokenOrigin = process.env.TOKEN_ORIGIN ?? 'http://127.0.0.1:4000';
const tenantId = process.env.TENANT_ID ?? 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f';
const clientId = process.env.CLIENT_ID ?? '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f';
const clientSecret = process.env.CLIENT_SECRET ?? 'contoso-automation-secret';

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
  // The client sends the token only to https URLs on Graph's own hosts and these.
  customHosts: new Set([new URL(origin).hostname]),
});

const [definitions, firstPage] = await Promise.all([
  client.api('/roleManagement/directory/roleDefinitions').select(['id', 'displayName']).top(999).get(),
  client.api('/roleManagement/directory/roleAssignments').expand('principal').top(100).get(),
]);
const roleNames = new Map(definitions.value.map((role) => [role.id, role.displayName]));
let count = 0;
await new PageIterator(client, firstPage, (assignment) => {
  count += 1;
  const principal = assignment.principal?.displayName ?? assignment.principalId;
  console.log(`${roleNames.get(assignment.roleDefinitionId) ?? assignment.roleDefinitionId}\t${principal}\t${assignment.directoryScopeId}`);
  return true;
}).iterate();
console.log(`${count} role assignments`);
