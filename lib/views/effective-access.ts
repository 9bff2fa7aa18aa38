import 'server-only';
import { settle } from './settle';
import {
  GraphError,
  listMembersOfGroups,
  listRoleAssignmentScheduleInstances,
  listRoleAssignments,
  listRoleEligibilitySchedules,
  toUserMessage,
  type GraphClient,
  type RoleAssignment,
  type RoleEligibilitySchedule,
} from '@/lib/graph/server';
import { countHolders, effectiveHolders, groupPrincipalIds, type EffectiveHolder, type Grant, type HolderCounts } from '@/lib/access/effective-holders';
import { pimReadDeniedMessage } from '@/lib/roles/pim-labels';
import { scheduleEnd } from '@/lib/roles/pim-rows';
import { nameDirectoryScopes } from './directory-scopes';

// The reads behind "Effective access": a role's assignments, eligibilities and active schedules in one parallel
// round (each list paged at 999), then one round for the members of every group among the holders ($batch, 20 a
// call) and the names of unexpanded scopes. Bounded round trips whatever the tenant's size; never one per row.

export type EffectiveHolderRow = EffectiveHolder & { scopeName: string; scopeKindLabel: string };

export type EffectiveAccess = {
  holders: EffectiveHolderRow[];
  counts: HolderCounts;
  /** Why eligible holders are missing (PIM's reads refused or failed); null when they are included. */
  eligibleNote: string | null;
  /** Groups whose members could not be read: their members are missing. */
  groupsUnread: string[];
};


export function activeGrants(assignments: readonly RoleAssignment[], ends: ReadonlyMap<string, string | null>): Grant[] {
  return assignments.map((item) => ({ id: item.id, roleId: item.roleDefinitionId, state: 'Active', principalId: item.principalId, principal: item.principal, directoryScopeId: item.directoryScopeId, endDateTime: ends.get(item.id) ?? null }));
}

export function eligibleGrants(schedules: readonly RoleEligibilitySchedule[]): Grant[] {
  return schedules.map((item) => ({ id: item.id, roleId: item.roleDefinitionId, state: 'Eligible', principalId: item.principalId, principal: item.principal, directoryScopeId: item.directoryScopeId ?? '/', endDateTime: scheduleEnd(item.scheduleInfo) }));
}

/** Everyone who can use the role, and how; throws only when the assignments themselves can't be read. */
export async function loadEffectiveAccessOfRole(graph: GraphClient, roleId: string): Promise<EffectiveAccess> {
  const [assignments, eligibilities, instances] = await Promise.all([
    listRoleAssignments(graph, { roleDefinitionId: roleId, expandPrincipal: true, expandDirectoryScope: true }),
    settle(listRoleEligibilitySchedules(graph, { roleDefinitionId: roleId, expandPrincipal: true, expandDirectoryScope: true })),
    // End times of time-bound and activated assignments; without them every active holder reads as permanent.
    settle(listRoleAssignmentScheduleInstances(graph, { roleDefinitionId: roleId })),
  ]);
  const ends = new Map(instances.ok ? instances.value.map((instance) => [instance.id, instance.endDateTime ?? null]) : []);
  const grants = [...activeGrants(assignments, ends), ...(eligibilities.ok ? eligibleGrants(eligibilities.value) : [])];
  const groupIds = groupPrincipalIds(grants);
  const [members, scopes] = await Promise.all([
    settle(listMembersOfGroups(graph, groupIds)),
    nameDirectoryScopes(graph, [
      ...assignments.map((item) => ({ directoryScopeId: item.directoryScopeId, directoryScope: item.directoryScope })),
      ...(eligibilities.ok ? eligibilities.value.map((item) => ({ directoryScopeId: item.directoryScopeId ?? '/', directoryScope: item.directoryScope })) : []),
    ]),
  ]);
  const holders = effectiveHolders(grants, members.ok ? members.value : new Map()).map((holder) => {
    const scope = scopes.get(holder.directoryScopeId);
    return { ...holder, scopeName: scope?.name ?? holder.directoryScopeId, scopeKindLabel: scope?.kindLabel ?? 'Other' };
  });
  let eligibleNote: string | null = null;
  if (!eligibilities.ok) {
    eligibleNote = eligibilities.error instanceof GraphError && eligibilities.error.status === 403 ? pimReadDeniedMessage : `Eligible holders are missing: ${toUserMessage(eligibilities.error).message}`;
  }
  return { holders, counts: countHolders(holders), eligibleNote, groupsUnread: members.ok ? [] : groupIds };
}
