import type { NextRequest } from 'next/server';
import { csvAttachment, failure, withRouteGraph } from '@/lib/auth/route-handler';
import { isGuid, userMessages } from '@/lib/graph/server';
import { assignmentsCsv } from '@/lib/roles/assignments-csv';
import { assignmentsCsvFileName } from '@/lib/roles/assignments-csv-file';
import { loadAssignmentsExport } from '@/lib/views/assignments-export';

// "Download assignments": a CSV of every active role assignment, or one role's with `?roleId=`, read through Graph
// with the admin's own token. A route handler rather than a page: the proxy leaves /api alone, so the session is
// checked here and a missing one is a 401 the button can explain, not a redirect to an HTML sign-in page.

export async function GET(request: NextRequest) {
  const roleId = request.nextUrl.searchParams.get('roleId') ?? undefined;
  if (roleId !== undefined && !isGuid(roleId)) return failure(400, userMessages.invalidId('This role'));
  return withRouteGraph(
    async (graph) => {
      const { entries, role } = await loadAssignmentsExport(graph, { roleId });
      if (roleId !== undefined && !role) return failure(404, userMessages.notFound('This role'));
      const fileName = assignmentsCsvFileName(new Date(), role?.displayName);
      return csvAttachment(assignmentsCsv(entries, { bom: true }), fileName);
    },
    { logAs: 'Download assignments failed' },
  );
}
