import { ROLE_ASSIGNMENTS_PATH, type PlannedRequest } from './request-plans';

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
  throw new Error(`No PowerShell command for ${request.method} ${request.url}`);
}

/** A script: sign in with the permission the change needs, then one command per request. */
export function powerShellScript(requests: readonly PlannedRequest[]): string {
  return [`Connect-MgGraph -Scopes ${psQuote(ROLE_MANAGEMENT_SCOPE)}`, ...requests.map(powerShellCommand)].join('\n');
}
