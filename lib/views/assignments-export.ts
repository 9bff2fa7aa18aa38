import 'server-only';
import {
  directoryObjectKind,
  listMembersOfGroups,
  listRoleAssignments,
  type DirectoryObject,
  type GraphClient,
  type RoleDefinition,
} from '@/lib/graph/server';
import type { AssignmentCsvEntry, PrincipalType } from '@/lib/roles/assignments-csv';
import { idKey } from '@/lib/roles/role-inputs';
import { nameDirectoryScopes } from './directory-scopes';
import { roleCatalog } from './role-catalog';

// "Download assignments": every active assignment, with who holds it (and, for a group, each member through it)
// and where. Two rounds of Graph requests however many assignments there are: the role catalog and the
// assignments with their principals; then the scope names and every assigned group's members in one $batch.

/** The file's principal type; an object of no known type is a service principal when it has an appId. */
function principalType(object: Pick<DirectoryObject, '@odata.type' | 'appId'>): PrincipalType {
  const kind = directoryObjectKind(object);
  if (kind === 'user' || kind === 'group' || kind === 'servicePrincipal') return kind;
  return object.appId ? 'servicePrincipal' : 'user';
}

function csvPrincipal(object: DirectoryObject) {
  const type = principalType(object);
  return {
    type,
    displayName: object.displayName ?? object.id,
    userPrincipalNameOrAppId: (type === 'servicePrincipal' ? object.appId : type === 'user' ? object.userPrincipalName : null) ?? '',
  };
}

const byText = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export type AssignmentsExport = { entries: AssignmentCsvEntry[]; role: RoleDefinition | null };

/**
 * The rows of the Download assignments file, sorted by role, scope and principal. With `roleId`, only that
 * role's assignments (`role` is then null when the role does not exist).
 */
export async function loadAssignmentsExport(graph: GraphClient, options: { roleId?: string } = {}): Promise<AssignmentsExport> {
  const [roles, assignments] = await Promise.all([
    roleCatalog(graph),
    listRoleAssignments(graph, { roleDefinitionId: options.roleId, expandPrincipal: true, expandDirectoryScope: true }),
  ]);
  const rolesById = new Map<string, RoleDefinition>();
  for (const role of roles) {
    rolesById.set(idKey(role.id), role);
    if (role.templateId) rolesById.set(idKey(role.templateId), role);
  }
  const role = options.roleId === undefined ? null : (rolesById.get(idKey(options.roleId)) ?? null);

  const groupIds = [
    ...new Set(assignments.flatMap((a) => (a.principal && principalType(a.principal) === 'group' ? [idKey(a.principalId)] : []))),
  ];
  const [scopes, members] = await Promise.all([
    nameDirectoryScopes(graph, assignments),
    listMembersOfGroups(graph, groupIds),
  ]);

  const entries = assignments.map((assignment): AssignmentCsvEntry => {
    const definition = rolesById.get(idKey(assignment.roleDefinitionId));
    // Graph leaves `principal` out when the object is gone (deleted, or not visible to the admin); keep the row.
    const principal = assignment.principal
      ? csvPrincipal(assignment.principal)
      : { type: 'user' as const, displayName: `Unknown principal ${assignment.principalId}`, userPrincipalNameOrAppId: '' };
    return {
      role: { id: definition?.id ?? assignment.roleDefinitionId, displayName: definition?.displayName ?? assignment.roleDefinitionId },
      assignment: {
        id: assignment.id,
        roleDefinitionId: assignment.roleDefinitionId,
        principalId: assignment.principalId,
        directoryScopeId: assignment.directoryScopeId,
      },
      principal,
      scopeName: scopes.get(assignment.directoryScopeId)?.name,
      groupMembers:
        principal.type === 'group'
          ? (members.get(idKey(assignment.principalId)) ?? [])
              .map(csvPrincipal)
              .sort((a, b) => byText.compare(a.displayName, b.displayName))
          : undefined,
    };
  });
  // Directory scope first within a role, as the role blade lists it; then by scope name and principal.
  const scopeRank = (entry: AssignmentCsvEntry) => (entry.assignment.directoryScopeId === '/' ? 0 : 1);
  entries.sort(
    (a, b) =>
      byText.compare(a.role.displayName, b.role.displayName) ||
      scopeRank(a) - scopeRank(b) ||
      byText.compare(a.scopeName ?? '', b.scopeName ?? '') ||
      byText.compare(a.principal.displayName, b.principal.displayName),
  );
  return { entries, role };
}
