import { jsonAnswer, withRouteGraph } from '@/lib/auth/route-handler';
import { loadRoleAssignmentTotals } from '@/lib/views/all-roles';

// All roles in a large tenant: every role's number of assignments (and of eligible holders, null when PIM can't be read), counted from every assignment as the signed-in
// admin sees them. The blade shows the list at once and fills the counts from here; never cached.

export async function GET() {
  return withRouteGraph(async (graph) => jsonAnswer(await loadRoleAssignmentTotals(graph)), {
    logAs: 'Counting role assignments failed',
  });
}
