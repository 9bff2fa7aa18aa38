// Lists the tenant's role assignments with the Kiota-based @microsoft/msgraph-sdk, signed in by client credentials at
// the emulator's token endpoint. Against a running emulator (`npm run emulator`):
//   node emulator/examples/msgraph-sdk-list-roles.mjs
// Kiota sends tokens over plain http to localhost URLs only; elsewhere use https (and NODE_EXTRA_CA_CERTS for the
// emulator's https listener). Settings (defaults: the emulator's): GRAPH_ORIGIN, TOKEN_ORIGIN, TENANT_ID, CLIENT_ID,
// CLIENT_SECRET.
import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider, HttpMethod, RequestInformation } from '@microsoft/kiota-abstractions';
import { GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import { createUnifiedRoleAssignmentCollectionResponseFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/index.js';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';

const origin = process.env.GRAPH_ORIGIN ?? 'http://127.0.0.1:4000';
const tokenOrigin = process.env.TOKEN_ORIGIN ?? origin;
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
const authentication = new BaseBearerTokenAuthenticationProvider({
  getAuthorizationToken: async () => token,
  // Kiota attaches the token only to allowed hosts: the emulator's.
  getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([new URL(origin).host])),
});
const adapter = new GraphRequestAdapter(authentication);
adapter.baseUrl = `${origin}/v1.0`;

// npm has no roleManagement service package for the SDK: the request goes through the adapter with the main
// package's models, following @odata.nextLink.
let url = `${adapter.baseUrl}/roleManagement/directory/roleAssignments?$expand=principal`;
let count = 0;
while (url) {
  const request = new RequestInformation(HttpMethod.GET);
  request.URL = url;
  request.headers.tryAdd('Accept', 'application/json');
  const page = await adapter.send(request, createUnifiedRoleAssignmentCollectionResponseFromDiscriminatorValue, {
    XXX: createODataErrorFromDiscriminatorValue,
  });
  for (const assignment of page?.value ?? []) {
    count += 1;
    console.log(`${assignment.roleDefinitionId}\t${assignment.principal?.displayName ?? assignment.principalId}\t${assignment.directoryScopeId}`);
  }
  url = page?.odataNextLink ?? null;
}
console.log(`${count} role assignments`);
