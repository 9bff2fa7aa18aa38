import 'server-only';
import { cache } from 'react';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { listRoleAssignments, listRoleEligibilitySchedules, readFirstPageOfRoleAssignments, readFirstPageOfRoleEligibilitySchedules, type GraphClient } from '@/lib/graph/server';
import { countEligibleByRole } from '@/lib/roles/assignment-counts';
import { assignmentTotals, roleListRows } from '@/lib/roles/role-list-view';
import { privilegedAssignmentCount, type RoleListRow } from '@/lib/roles/role-list-state';
import { roleCatalog } from './role-catalog';

export type AllRoles = {
  rows: RoleListRow[];
  /** Assignments of privileged roles, for Entra's "more than 10" warning; null until counted. */
  privilegedAssignments: number | null;
  /**
   * Eligible holders per role (`idKey(role.id)`), only roles with some; null when PIM can't be read (no PIM read
   * role); 'pending' when there are more than one page of them: the counts route fills them in.
   */
  eligibleCounts: Record<string, number> | null | 'pending';
};

// Counting needs only which role each assignment is for; $select keeps the one unfiltered page small.
const countFields = 'id,roleDefinitionId,principalId,directoryScopeId';

/**
 * Every role the admin center lists, with its label and number of assignments, in one round trip and never a
 * request per role: the role catalog and the first page of assignments, in parallel. When that page is the whole
 * list (up to 999 assignments) it is counted here; in a larger tenant the counts are left to the browser, which asks
 * /api/role-assignment-counts once the list shows, so the blade never waits on tens of pages of assignments.
 */
export const loadAllRoles = cache(async (): Promise<AllRoles> => {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    // Eligibilities in the same round; a reader Graph refuses them to still gets the list, without eligible counts.
    const [roles, firstPage, eligibilities] = await Promise.all([
      roleCatalog(graph),
      readFirstPageOfRoleAssignments(graph, countFields),
      readFirstPageOfRoleEligibilitySchedules(graph).catch(() => null),
    ]);
    const rows = roleListRows(roles, firstPage.complete ? assignmentTotals(firstPage.items, roles) : null);
    const eligibleCounts = !eligibilities ? null : eligibilities.complete ? countEligibleByRole(eligibilities.items, roles) : 'pending';
    return { rows, privilegedAssignments: privilegedAssignmentCount(rows), eligibleCounts };
  });
});

/**
 * Every role's number of assignments, keyed by `idKey(role.id)`, counted from every assignment (`$select`ed to
 * their role, 999 a page). For /api/role-assignment-counts: a large tenant's All roles fills its counts from it.
 */
export async function loadRoleAssignmentTotals(graph: GraphClient): Promise<{ totals: Record<string, number>; eligible: Record<string, number> | null }> {
  const [roles, assignments, eligibilities] = await Promise.all([
    roleCatalog(graph),
    listRoleAssignments(graph, { select: countFields }),
    // Every eligibility, its pages followed: here, after the list has shown, that is affordable. Null: PIM unreadable.
    listRoleEligibilitySchedules(graph).catch(() => null),
  ]);
  return { totals: Object.fromEntries(assignmentTotals(assignments, roles)), eligible: eligibilities ? countEligibleByRole(eligibilities, roles) : null };
}
