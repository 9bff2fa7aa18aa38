// ClientSecretCredential from @azure/identity, configured as its documentation says for a non-Microsoft authority
// host: `authorityHost` (https only; identity refuses http) and `disableInstanceDiscovery: true`, which makes MSAL
// trust that host instead of asking login.microsoftonline.com about it. Then it lists the role definitions the app
// can read from Graph. Against the emulator (defaults below):
//
//   NODE_EXTRA_CA_CERTS=.emulator-data/tls/cert.pem node emulator/examples/identity-client-secret.mjs
//
// Against a real tenant: AUTHORITY_HOST=https://login.microsoftonline.com GRAPH_BASE_URL=https://graph.microsoft.com/v1.0
// with TENANT_ID, CLIENT_ID and CLIENT_SECRET of an app that holds RoleManagement.Read.Directory (application).
import { ClientSecretCredential } from '@azure/identity';

const authorityHost = (process.env.AUTHORITY_HOST ?? 'https://localhost:4443').replace(/\/+$/, '');
const graphBaseUrl = (process.env.GRAPH_BASE_URL ?? `${authorityHost}/v1.0`).replace(/\/+$/, '');

const credential = new ClientSecretCredential(
  process.env.TENANT_ID ?? 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f',
  process.env.CLIENT_ID ?? '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f',
  process.env.CLIENT_SECRET ?? 'contoso-automation-secret',
  { authorityHost, disableInstanceDiscovery: true },
);

const { token } = await credential.getToken('https://graph.microsoft.com/.default');

const names = [];
for (let url = `${graphBaseUrl}/roleManagement/directory/roleDefinitions?$select=displayName`; url; ) {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`Graph answered ${response.status}: ${await response.text()}`);
  const page = await response.json();
  names.push(...page.value.map((role) => role.displayName));
  url = page['@odata.nextLink'];
}
console.log(`The app can read ${names.length} roles:`);
for (const name of names.sort()) console.log(`- ${name}`);
