import 'server-only';
import { cache } from 'react';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { roleAssignmentSchema, withQuery, type GraphClient } from '@/lib/graph/server';
import { privilegedAssignmentCount, roleListRows, type RoleListRow } from '@/lib/roles/role-list-view';
import { roleCatalog } from './role-catalog';

export type AllRoles = {
  rows: RoleListRow[];
  /** Assignments of privileged roles, for Entra's "more than 10" warning. */
  privilegedAssignments: number;
};

// Counting needs only which role each assignment is for; $select keeps the one unfiltered list small.
const countFields = 'id,roleDefinitionId,principalId,directoryScopeId';

async function listAssignmentsForCounting(graph: GraphClient) {
  const { items } = await graph.list(
    withQuery('/roleManagement/directory/roleAssignments', { $select: countFields, $top: 999 }),
    roleAssignmentSchema,
  );
  return items;
}

/**
 * Every role the admin center lists, with its label and number of assignments: the role catalog and one
 * unfiltered list of assignments, read in parallel, never a request per role.
 */
export const loadAllRoles = cache(async (): Promise<AllRoles> => {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const [roles, assignments] = await Promise.all([roleCatalog(graph), listAssignmentsForCounting(graph)]);
    const rows = roleListRows(roles, assignments);
    return { rows, privilegedAssignments: privilegedAssignmentCount(rows) };
  });
});
