import 'server-only';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { listMembersOfGroups, listRoleAssignmentScheduleInstances, listRoleAssignments, listRoleEligibilitySchedules } from '@/lib/graph/server';
import { effectiveHolders, groupPrincipalIds } from '@/lib/access/effective-holders';
import { hygieneFindings, type Finding } from '@/lib/access/hygiene';
import { isHiddenRole, isPrivilegedRole } from '@/lib/roles/privileged';
import { activeGrants, eligibleGrants } from './effective-access';
import { roleCatalog } from './role-catalog';

// The findings page's reads: every role, assignment, eligibility and active schedule of the tenant in one parallel
// round (each list paged at 999), then the members of every group holding a role in $batch calls. PIM's lists are
// optional: an admin Graph refuses them gets the findings on active assignments, and a note.

export type HygieneRead = { findings: Finding[]; pimIncluded: boolean; holdings: number };

const orNull = <T,>(read: Promise<T>): Promise<T | null> => read.catch(() => null);

export async function loadHygiene(): Promise<HygieneRead> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const [catalog, assignments, eligibilities, instances] = await Promise.all([
      roleCatalog(graph),
      listRoleAssignments(graph, { expandPrincipal: true }),
      orNull(listRoleEligibilitySchedules(graph, { expandPrincipal: true })),
      orNull(listRoleAssignmentScheduleInstances(graph)),
    ]);
    const ends = new Map((instances ?? []).map((instance) => [instance.id, instance.endDateTime ?? null]));
    const grants = [...activeGrants(assignments, ends), ...eligibleGrants(eligibilities ?? [])];
    const members = await listMembersOfGroups(graph, groupPrincipalIds(grants));
    const holders = effectiveHolders(grants, members);
    const roles = new Map(catalog.filter((role) => !isHiddenRole(role)).map((role) => [role.id, { id: role.id, displayName: role.displayName, privileged: isPrivilegedRole(role) }]));
    // Without the schedules every active holding would read as permanent: that finding waits for them.
    const findings = hygieneFindings(holders, roles).filter((finding) => instances !== null || finding.id !== 'permanent-privileged');
    return { findings, pimIncluded: eligibilities !== null && instances !== null, holdings: holders.length };
  });
}
