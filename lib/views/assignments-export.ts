import 'server-only';
import {
  directoryObjectKind,
  listMembersOfGroups,
  listRoleAssignmentScheduleInstances,
  listRoleAssignments,
  listRoleEligibilitySchedules,
  listRoleScheduleRequests,
  type DirectoryObject,
  type GraphClient,
  type RoleDefinition,
} from '@/lib/graph/server';
import type { AssignmentCsvEntry, PrincipalType } from '@/lib/roles/assignments-csv';
import { idKey } from '@/lib/roles/role-inputs';
import { expiredRequests, pimKey, scheduleEnd } from '@/lib/roles/pim-rows';
import { nameDirectoryScopes } from './directory-scopes';
import { roleCatalog } from './role-catalog';

// "Download assignments": every active, eligible and (in the last 30 days) expired assignment, with who holds it (and, for a group, each member through it)
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
  const pimOptions = { roleDefinitionId: options.roleId, expandPrincipal: true } as const;
  // PIM's reads go in the same round; a reader Graph refuses them to (no PIM read role) gets the active rows only.
  const [roles, active, pim] = await Promise.all([
    roleCatalog(graph),
    listRoleAssignments(graph, { roleDefinitionId: options.roleId, expandPrincipal: true, expandDirectoryScope: true }),
    Promise.all([
      listRoleEligibilitySchedules(graph, { ...pimOptions, expandDirectoryScope: true }),
      listRoleAssignmentScheduleInstances(graph, { roleDefinitionId: options.roleId }),
      listRoleScheduleRequests(graph, 'eligibility', pimOptions),
      listRoleScheduleRequests(graph, 'assignment', pimOptions),
    ]).catch(() => null),
  ]);
  const now = new Date();
  const instances = new Map((pim?.[1] ?? []).map((instance) => [instance.roleAssignmentOriginId ?? instance.id, instance]));
  type Row = (typeof active)[number] & { pim: NonNullable<AssignmentCsvEntry['pim']> };
  const assignments: Row[] = active.map((a) => ({ ...a, pim: { state: 'Active', startDateTime: instances.get(a.id)?.startDateTime ?? null, endDateTime: instances.get(a.id)?.endDateTime ?? null } }));
  if (pim) {
    const [eligibilities, current, eligibilityRequests, assignmentRequests] = pim;
    for (const e of eligibilities) {
      assignments.push({ ...e, directoryScopeId: e.directoryScopeId ?? '/', pim: { state: 'Eligible', startDateTime: e.scheduleInfo?.startDateTime ?? null, endDateTime: scheduleEnd(e.scheduleInfo) } });
    }
    const expired = [
      ...expiredRequests(eligibilityRequests, new Set(eligibilities.map(pimKey)), now),
      ...expiredRequests(assignmentRequests, new Set(current.map(pimKey)), now),
    ];
    for (const r of expired) {
      assignments.push({ id: r.id, roleDefinitionId: r.roleDefinitionId, principalId: r.principalId, directoryScopeId: r.directoryScopeId ?? '/', principal: r.principal, pim: { state: 'Expired', startDateTime: r.scheduleInfo?.startDateTime ?? null, endDateTime: scheduleEnd(r.scheduleInfo) } });
    }
  }
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
      pim: assignment.pim,
      groupMembers:
        principal.type === 'group'
          ? (members.get(idKey(assignment.principalId)) ?? [])
              .map(csvPrincipal)
              .sort((a, b) => byText.compare(a.displayName, b.displayName))
          : undefined,
    };
  });
  // Directory scope first within a role, as the role blade lists it; then by scope name and principal.
  const stateRank = (entry: AssignmentCsvEntry) => ['Active', 'Eligible', 'Expired'].indexOf(entry.pim?.state ?? 'Active');
  const scopeRank = (entry: AssignmentCsvEntry) => (entry.assignment.directoryScopeId === '/' ? 0 : 1);
  entries.sort(
    (a, b) =>
      byText.compare(a.role.displayName, b.role.displayName) ||
      scopeRank(a) - scopeRank(b) ||
      byText.compare(a.scopeName ?? '', b.scopeName ?? '') ||
      byText.compare(a.principal.displayName, b.principal.displayName) ||
      stateRank(a) - stateRank(b),
  );
  return { entries, role };
}
