#!/usr/bin/env node
// Builds lib/roles/data/builtin-role-facts.json from the shared built-in role catalog.
//
// Graph v1.0 has no isPrivileged and no assignable-scope information, so the portal carries its own small
// copy of Microsoft's published facts. This is a dev tool: the portal reads only the generated copy.
//
//   node scripts/build-role-facts.mjs [path/to/entra-builtin-roles.json]   # write the file (default: emulator/seed/'s copy)
//   node scripts/build-role-facts.mjs --check                              # fail if the file is stale
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The repo's copy of the catalog (the emulator seeds from it too; emulator/seed/PROVENANCE.md says where it is from).
const DEFAULT_CATALOG = fileURLToPath(new URL('../emulator/seed/entra-builtin-roles.json', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../lib/roles/data/builtin-role-facts.json', import.meta.url));
const SCOPE_ORDER = ['directory', 'administrativeUnit', 'application'];

// permissions-reference.md "Deprecated roles" and "Roles not shown in the portal", plus On Premises Directory
// Sync Account, which Graph returns but no Microsoft page documents (see the catalog's README).
const HIDDEN = new Map([
  ['9c094953-4995-41c8-84c8-3ebb9b32c93f', 'Device Join'],
  ['2b499bcd-da44-4968-8aec-78e1674fa64d', 'Device Managers'],
  ['d405c6df-0af8-4e3b-95e4-4d06e542189e', 'Device Users'],
  ['c34f683f-4d5a-4403-affd-6615e00e3a7f', 'Workplace Device Join'],
  ['d29b2b05-8046-44ba-8758-1e26182fcf32', 'Directory Synchronization Accounts'],
  ['4ba39ca4-527c-499a-b93d-d9b492c50246', 'Partner Tier1 Support'],
  ['e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', 'Partner Tier2 Support'],
  ['10dae51f-b6af-4016-8d66-8c2a99b929b3', 'Guest User'],
  ['2af84b1e-32c8-42b7-82bc-daa82404023b', 'Restricted Guest User'],
  ['a0b1b346-4d3e-4e8b-98f8-753987be4970', 'User'],
  ['a92aed5d-d78a-4d16-b381-09adb37eb3b0', 'On Premises Directory Sync Account'],
]);

// Microsoft's definition (privileged-roles-permissions.md): a privileged permission can "delegate management of
// directory resources to other users, modify credentials, authentication or authorization policies, or access
// restricted data". Microsoft publishes the per-action PRIVILEGED label only in the docs tables and the beta
// resourceActions API, neither of which we copy, so these patterns restate the definition for the
// microsoft.directory namespace. `*` matches any run of characters. Checked below against the catalog's
// per-role isPrivileged flags; the disagreements are reported and recorded in PROVENANCE.md.
const PRIVILEGED_ACTION_PATTERNS = [
  // Credentials and secrets
  'microsoft.directory/applications*/credentials/update',
  'microsoft.directory/servicePrincipals*/credentials/update',
  'microsoft.directory/servicePrincipals/synchronization*/credentials/manage',
  'microsoft.directory/servicePrincipals/synchronizationCredentials/manage',
  'microsoft.directory/servicePrincipals/*PasswordSingleSignOnCredentials',
  'microsoft.directory/*/password/update',
  'microsoft.directory/deviceLocalCredentials/password/read',
  'microsoft.directory/bitlockerKeys/key/read',
  'microsoft.directory/b2cTrustFrameworkKeySet/*',
  'microsoft.directory/*/invalidateAllRefreshTokens',
  'microsoft.directory/users/authenticationMethods/create',
  'microsoft.directory/users/authenticationMethods/delete',
  'microsoft.directory/users/authenticationMethods/basic/update',
  'microsoft.directory/users/authenticationMethods/standard/restrictedRead',
  // Authentication and authorization policy
  ...[
    'authorizationPolicy', 'conditionalAccessPolicies', 'hybridAuthenticationPolicy', 'identityProviders',
    'customAuthenticationExtensions', 'onPasswordSubmitCustomAuthenticationExtension', 'permissionGrantPolicies',
    'passwordHashSync', 'cloudProvisioning', 'identityProtection',
  ].flatMap((entity) => [
    `microsoft.directory/${entity}/*allTasks`,
    `microsoft.directory/${entity}/create`,
    `microsoft.directory/${entity}/delete`,
    `microsoft.directory/${entity}/*update`,
  ]),
  'microsoft.directory/domains/allProperties/allTasks',
  'microsoft.directory/domains/federation/update',
  'microsoft.directory/domains/federationConfiguration/create',
  'microsoft.directory/domains/federationConfiguration/delete',
  'microsoft.directory/domains/federationConfiguration/basic/update',
  'microsoft.directory/organization/allProperties/allTasks',
  'microsoft.directory/organization/dirSync/update',
  // Workflows run tasks such as issuing a Temporary Access Pass: a credential for someone else.
  'microsoft.directory/lifecycleWorkflows/workflows/allProperties/allTasks',
  // Delegating management to others: roles, role-assignable groups, consent and app role grants
  ...['roleAssignments', 'roleDefinitions', 'scopedRoleMemberships', 'directoryRoles', 'privilegedIdentityManagement']
    .flatMap((entity) => [
      `microsoft.directory/${entity}/*allTasks`,
      `microsoft.directory/${entity}/create`,
      `microsoft.directory/${entity}/delete`,
      `microsoft.directory/${entity}/*update`,
    ]),
  'microsoft.directory/groupsAssignableToRoles/*',
  'microsoft.directory/oAuth2PermissionGrants/*allTasks',
  'microsoft.directory/oAuth2PermissionGrants/create*',
  'microsoft.directory/oAuth2PermissionGrants/*update',
  'microsoft.directory/servicePrincipals/managePermissionGrantsForAll.*',
  'microsoft.directory/servicePrincipals/appRoleAssignedTo/update',
  'microsoft.directory/entitlementManagement/allProperties/allTasks',
  'microsoft.directory/users/allProperties/allTasks',
  'microsoft.directory/groups/allProperties/allTasks',
  'microsoft.directory/devices/allProperties/allTasks',
  'microsoft.directory/applications/allProperties/allTasks',
  'microsoft.directory/servicePrincipals/allProperties/allTasks',
  // Restricted data
  'microsoft.directory/users/allProperties/read',
  'microsoft.directory/servicePrincipals/synchronization.customSecurityAttributes/schema/*',
];

function patternToRegExp(pattern) {
  const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`);
}

function fail(message) {
  console.error(`build-role-facts: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const catalogPath = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_CATALOG;
const raw = readFileSync(catalogPath);
const catalog = JSON.parse(raw.toString('utf8'));
if (!Array.isArray(catalog) || catalog.length === 0) fail(`${catalogPath} is not a non-empty array`);

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const roles = {};
for (const role of catalog) {
  if (!guid.test(role.templateId) || role.id !== role.templateId) fail(`bad template id on ${role.displayName}`);
  if (typeof role.isPrivileged !== 'boolean') fail(`isPrivileged is not a boolean on ${role.displayName}`);
  const scopes = role.assignableScopes;
  if (!Array.isArray(scopes) || scopes.some((s) => !SCOPE_ORDER.includes(s))) fail(`bad scopes on ${role.displayName}`);
  roles[role.templateId] = {
    displayName: role.displayName,
    isPrivileged: role.isPrivileged,
    assignableScopes: SCOPE_ORDER.filter((s) => scopes.includes(s)),
    hidden: HIDDEN.has(role.templateId),
  };
}
for (const [id, name] of HIDDEN) {
  if (roles[id]?.displayName !== name) fail(`hidden role ${name} (${id}) is not in the catalog under that name`);
}

// Report how far the pattern rule agrees with Microsoft's per-role flag, so a reviewer sees its limits.
const matchers = PRIVILEGED_ACTION_PATTERNS.map(patternToRegExp);
const disagreements = catalog
  .map((role) => ({ role, hits: role.allowedResourceActions.filter((a) => matchers.some((m) => m.test(a))) }))
  .filter(({ role, hits }) => hits.length > 0 !== role.isPrivileged)
  .map(({ role, hits }) => `${role.displayName}: Microsoft ${role.isPrivileged}, patterns ${hits.length > 0}`);

const facts = {
  source: {
    catalog: 'entra-builtin-roles.json',
    sha256: createHash('sha256').update(raw).digest('hex'),
    roles: catalog.length,
  },
  privilegedActionPatterns: PRIVILEGED_ACTION_PATTERNS,
  roles,
};
// One role per line keeps diffs of a catalog refresh readable.
const lines = Object.entries(roles).map(([id, fact]) => `    ${JSON.stringify(id)}: ${JSON.stringify(fact)}`);
const text = [
  '{',
  `  "source": ${JSON.stringify(facts.source)},`,
  '  "privilegedActionPatterns": [',
  PRIVILEGED_ACTION_PATTERNS.map((p) => `    ${JSON.stringify(p)}`).join(',\n'),
  '  ],',
  '  "roles": {',
  lines.join(',\n'),
  '  }',
  '}',
  '',
].join('\n');

if (check) {
  let current = '';
  try {
    current = readFileSync(OUTPUT, 'utf8');
  } catch {
    fail(`${OUTPUT} does not exist`);
  }
  if (current !== text) fail(`${OUTPUT} is stale; run node scripts/build-role-facts.mjs`);
  console.log('build-role-facts: up to date');
} else {
  writeFileSync(OUTPUT, text);
  console.log(`build-role-facts: wrote ${Object.keys(roles).length} roles, ${PRIVILEGED_ACTION_PATTERNS.length} patterns`);
}
const agreeing = catalog.length - disagreements.length;
console.log(`privileged patterns agree with Microsoft's flag on ${agreeing} of ${catalog.length} roles`);
for (const line of disagreements) console.log(`  differs: ${line}`);
