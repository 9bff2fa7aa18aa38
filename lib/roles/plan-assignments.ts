import { idKey, type RoleDefinitionInput } from './role-inputs';
import { roleSupportsScope } from './scopes';
import { parseDirectoryScopeId, scopeKindLabels } from './scope-kinds';

// The rules of Add assignments, without Graph: given what the directory says about the role, the scope, the
// chosen principals and who already holds the role there, decide what to create and what to refuse. The caller
// writes nothing unless the plan has no refusals: Graph has no transaction, and a half-added batch is worse
// for an admin than a refused one.

export type PrincipalKind = 'user' | 'group' | 'servicePrincipal';

/** A principal as the directory returned it. `isAssignableToRole` matters only for groups. */
export type FoundPrincipal = {
  id: string;
  displayName: string;
  kind: PrincipalKind;
  isAssignableToRole?: boolean | null;
};

export type PlanInput = {
  /** null when the role does not exist (deleted since the panel opened, or a forged id). */
  role: RoleDefinitionInput | null;
  directoryScopeId: string;
  /** The administrative unit or app registration named by the scope; null when it does not exist. Ignored for "/". */
  scopeObject: { id: string; displayName: string } | null;
  /** What the admin asked for, in their order (duplicates are ignored). */
  principalIds: readonly string[];
  /** The principals the directory found among principalIds, as users, groups or service principals. */
  found: readonly FoundPrincipal[];
  /** Assignments that already exist for this role at this scope (others are ignored). */
  existing: readonly { roleDefinitionId: string; principalId: string; directoryScopeId: string }[];
};

/** One refusal: about a principal, or (principalId null) about the role or scope, which blocks everything. */
export type Refusal = { principalId: string | null; message: string };

export type AssignmentPlan = {
  /** How the scope reads on screen: "Directory", "Seattle", "Contoso Expenses". */
  scopeName: string;
  toCreate: FoundPrincipal[];
  refusals: Refusal[];
};

export const planMessages = {
  roleMissing: 'This role no longer exists. Refresh the page to see the current state.',
  unsupportedScope: "This role can't be assigned at the selected scope.",
  invalidScope: 'Choose the directory, an administrative unit or an app registration as the scope.',
  unitMissing: 'The selected administrative unit no longer exists. Choose another scope.',
  appMissing: 'The selected app registration no longer exists. Choose another scope.',
  principalMissing: (id: string) => `The selected member ${id} no longer exists. Remove it and try again.`,
  groupNotRoleAssignable: (name: string) =>
    `${name} isn't a role-assignable group, so it can't be assigned a role. Only role-assignable groups can hold roles.`,
  alreadyAssigned: (name: string, role: string, scope: string) => `${name} already has ${role} at ${scopeLabel(scope)}.`,
} as const;

function scopeLabel(scopeName: string): string {
  return scopeName === 'Directory' ? 'Directory scope' : scopeName;
}

/** Decides what Add assignments may create. Pure: the same input always gives the same plan. */
export function planRoleAssignments(input: PlanInput): AssignmentPlan {
  const scope = parseDirectoryScopeId(input.directoryScopeId);
  const scopeName =
    scope?.kind === 'directory' ? scopeKindLabels.directory : (input.scopeObject?.displayName ?? input.directoryScopeId);
  const blocked = (message: string): AssignmentPlan => ({ scopeName, toCreate: [], refusals: [{ principalId: null, message }] });

  if (!input.role) return blocked(planMessages.roleMissing);
  if (!scope) return blocked(planMessages.invalidScope);
  if (!roleSupportsScope(input.role, scope.kind)) return blocked(planMessages.unsupportedScope);
  if (scope.kind !== 'directory' && (!input.scopeObject || idKey(input.scopeObject.id) !== idKey(scope.id))) {
    return blocked(scope.kind === 'administrativeUnit' ? planMessages.unitMissing : planMessages.appMissing);
  }

  const found = new Map(input.found.map((principal) => [idKey(principal.id), principal]));
  const roleId = idKey(input.role.id);
  const scopeId = idKey(input.directoryScopeId);
  const holders = new Set(
    input.existing
      .filter((a) => idKey(a.roleDefinitionId) === roleId && idKey(a.directoryScopeId) === scopeId)
      .map((a) => idKey(a.principalId)),
  );

  const toCreate: FoundPrincipal[] = [];
  const refusals: Refusal[] = [];
  for (const id of new Set(input.principalIds.map(idKey))) {
    const principal = found.get(id);
    if (!principal) refusals.push({ principalId: id, message: planMessages.principalMissing(id) });
    else if (principal.kind === 'group' && principal.isAssignableToRole !== true) {
      refusals.push({ principalId: id, message: planMessages.groupNotRoleAssignable(principal.displayName) });
    } else if (holders.has(id)) {
      refusals.push({ principalId: id, message: planMessages.alreadyAssigned(principal.displayName, input.role.displayName, scopeName) });
    } else toCreate.push(principal);
  }
  return { scopeName, toCreate, refusals };
}
