import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { countRoleAssignmentsByRole, roleAssignmentSchema, withQuery, type GraphClient } from '@/lib/graph/server';
import { assignmentTotals, privilegedAssignmentCount, roleListRows, type RoleListRow } from '@/lib/roles/role-list-view';
import { roleCatalog } from './role-catalog';

export type AllRoles = {
  rows: RoleListRow[];
  /** Assignments of privileged roles, for Entra's "more than 10" warning. */
  privilegedAssignments: number;
};

// Counting needs only which role each assignment is for; $select keeps the one unfiltered page small.
const countFields = 'id,roleDefinitionId,principalId,directoryScopeId';
const firstPageSchema = z.object({ value: z.array(roleAssignmentSchema), '@odata.nextLink': z.string().optional() });

/** The first (largest) page of every assignment, and whether it is the whole list. */
async function firstPageOfAssignments(graph: GraphClient) {
  const page = await graph.get(withQuery('/roleManagement/directory/roleAssignments', { $select: countFields, $top: 999 }), firstPageSchema);
  return { items: page.value, complete: page['@odata.nextLink'] === undefined };
}

/**
 * Every role the admin center lists, with its label and number of assignments, never a request per role and at
 * most two round trips at any tenant size: the role catalog and the first page of assignments in parallel; when
 * that page is the whole list (up to 999 assignments) it is counted in memory, otherwise each role's assignments
 * are counted by Graph in one parallel round of `$batch` calls.
 */
export const loadAllRoles = cache(async (): Promise<AllRoles> => {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const [roles, firstPage] = await Promise.all([roleCatalog(graph), firstPageOfAssignments(graph)]);
    const totals = firstPage.complete
      ? assignmentTotals(firstPage.items, roles)
      : await countRoleAssignmentsByRole(graph, roles.map((role) => role.id));
    const rows = roleListRows(roles, totals);
    return { rows, privilegedAssignments: privilegedAssignmentCount(rows) };
  });
});
