import { ROLE_ASSIGNMENTS_PATH, type PlannedRequest } from './request-plans';
import { ROLE_DEFINITIONS_PATH } from './role-definition-plans';
import { ROLE_MANAGEMENT_POLICIES_PATH } from './role-management-policy-plans';
import { ROLE_ASSIGNMENT_SCHEDULE_REQUESTS_PATH, ROLE_ELIGIBILITY_SCHEDULE_REQUESTS_PATH } from './schedule-request-plans';

// The Microsoft Graph PowerShell SDK commands equivalent to planned Graph requests, for admins who script the
// same change (or want to check what the portal will do). Rendered from the same PlannedRequest list the portal
// sends, so the two cannot drift.

export const ROLE_MANAGEMENT_SCOPE = 'RoleManagement.ReadWrite.Directory';

// PowerShell treats the typographic single quotes as quotes too (about_Quoting_Rules), so each is doubled.
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** A PowerShell single-quoted (verbatim) string: nothing inside is expanded; quotes are doubled. */
export function psQuote(value: string): string {
  return `'${value.replace(SINGLE_QUOTES, (quote) => quote + quote)}'`;
}

function text(body: Record<string, unknown> | undefined, key: string): string {
  const value = body?.[key];
  if (typeof value !== 'string') throw new Error(`A role assignment request without ${key}`);
  return value;
}

/** One command per request; throws for a request it has no command for (a bug: the plan and this file disagree). */
export function powerShellCommand(request: PlannedRequest): string {
  if (request.method === 'POST' && request.url === ROLE_ASSIGNMENTS_PATH) {
    return (
      `New-MgRoleManagementDirectoryRoleAssignment -RoleDefinitionId ${psQuote(text(request.body, 'roleDefinitionId'))}` +
      ` -PrincipalId ${psQuote(text(request.body, 'principalId'))} -DirectoryScopeId ${psQuote(text(request.body, 'directoryScopeId'))}`
    );
  }
  const prefix = `${ROLE_ASSIGNMENTS_PATH}/`;
  if (request.method === 'DELETE' && request.url.startsWith(prefix)) {
    const id = decodeURIComponent(request.url.slice(prefix.length));
    return `Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId ${psQuote(id)}`;
  }
  const pim = pimCommand(request) ?? policyRuleCommand(request) ?? roleDefinitionCommand(request);
  if (pim) return pim;
  throw new Error(`No PowerShell command for ${request.method} ${request.url}`);
}

/** A script: sign in with the permission the change needs, then one command per request. */
export function powerShellScript(requests: readonly PlannedRequest[]): string {
  return [`Connect-MgGraph -Scopes ${psQuote(ROLE_MANAGEMENT_SCOPE)}`, ...requests.map(powerShellCommand)].join('\n');
}

// PIM schedule requests (lib/graph/schedule-request-plans.ts): the body goes as it is, in a verbatim here-string
// (JSON escapes every line break, so no line of it can close the here-string early).
const pimCmdlets: ReadonlyArray<[string, string, string]> = [
  [ROLE_ELIGIBILITY_SCHEDULE_REQUESTS_PATH, 'RoleEligibilityScheduleRequest', 'UnifiedRoleEligibilityScheduleRequestId'],
  [ROLE_ASSIGNMENT_SCHEDULE_REQUESTS_PATH, 'RoleAssignmentScheduleRequest', 'UnifiedRoleAssignmentScheduleRequestId'],
];

function pimCommand(request: PlannedRequest): string | undefined {
  if (request.method !== 'POST') return undefined;
  for (const [path, noun, idParameter] of pimCmdlets) {
    if (request.url === path) {
      return `New-MgRoleManagementDirectory${noun} -BodyParameter (@'\n${JSON.stringify(request.body ?? {}, null, 2)}\n'@ | ConvertFrom-Json -AsHashtable)`;
    }
    const id = request.url.startsWith(`${path}/`) && request.url.endsWith('/cancel') ? request.url.slice(path.length + 1, -'/cancel'.length) : '';
    if (id && !id.includes('/')) return `Stop-MgRoleManagementDirectory${noun} -${idParameter} ${psQuote(decodeURIComponent(id))}`;
  }
  return undefined;
}

// A role setting's change (lib/graph/role-management-policy-plans.ts): the rule goes as it is, like the PIM requests.
function policyRuleCommand(request: PlannedRequest): string | undefined {
  const match = request.method === 'PATCH' ? new RegExp(`^${ROLE_MANAGEMENT_POLICIES_PATH}/([^/]+)/rules/([^/]+)$`).exec(request.url) : null;
  if (!match) return undefined;
  const [, policyId = '', ruleId = ''] = match;
  return (
    `Update-MgPolicyRoleManagementPolicyRule -UnifiedRoleManagementPolicyId ${psQuote(decodeURIComponent(policyId))}` +
    ` -UnifiedRoleManagementPolicyRuleId ${psQuote(decodeURIComponent(ruleId))}` +
    ` -BodyParameter (@'\n${JSON.stringify(request.body ?? {}, null, 2)}\n'@ | ConvertFrom-Json -AsHashtable)`
  );
}

const bodyParameter = (body: Record<string, unknown> | undefined) => ` -BodyParameter (@'\n${JSON.stringify(body ?? {}, null, 2)}\n'@ | ConvertFrom-Json -AsHashtable)`;

// A custom role's create, update or delete (lib/graph/role-definition-plans.ts).
function roleDefinitionCommand(request: PlannedRequest): string | undefined {
  if (request.method === 'POST' && request.url === ROLE_DEFINITIONS_PATH) return `New-MgRoleManagementDirectoryRoleDefinition${bodyParameter(request.body)}`;
  const match = new RegExp(`^${ROLE_DEFINITIONS_PATH}/([^/]+)$`).exec(request.url);
  if (!match) return undefined;
  const id = psQuote(decodeURIComponent(match[1] ?? ''));
  if (request.method === 'PATCH') return `Update-MgRoleManagementDirectoryRoleDefinition -UnifiedRoleDefinitionId ${id}${bodyParameter(request.body)}`;
  if (request.method === 'DELETE') return `Remove-MgRoleManagementDirectoryRoleDefinition -UnifiedRoleDefinitionId ${id}`;
  return undefined;
}
