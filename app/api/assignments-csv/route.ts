import { NextResponse, type NextRequest } from 'next/server';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { GraphError, isGuid, toUserMessage, userMessages } from '@/lib/graph/server';
import { assignmentsCsv } from '@/lib/roles/assignments-csv';
import { assignmentsCsvFileName, attachmentDisposition } from '@/lib/roles/assignments-csv-file';
import { loadAssignmentsExport } from '@/lib/views/assignments-export';

// "Download assignments": a CSV of every active role assignment, or one role's with `?roleId=`, read through Graph
// with the admin's own token. A route handler rather than a page: the proxy leaves /api alone, so the session is
// checked here and a missing one is a 401 the button can explain, not a redirect to an HTML sign-in page.

const noStore = { 'Cache-Control': 'no-store' };

function failure(status: number, message: string, requestId?: string) {
  return NextResponse.json({ error: message, ...(requestId ? { requestId } : {}) }, { status, headers: noStore });
}

export async function GET(request: NextRequest) {
  const roleId = request.nextUrl.searchParams.get('roleId') ?? undefined;
  if (roleId !== undefined && !isGuid(roleId)) return failure(400, userMessages.invalidId('This role'));
  const graph = await graphForSignedInAdmin();
  if (!graph) return failure(401, userMessages.signInExpired);

  try {
    const { entries, role } = await loadAssignmentsExport(graph, { roleId });
    if (roleId !== undefined && !role) return failure(404, userMessages.notFound('This role'));
    const fileName = assignmentsCsvFileName(new Date(), role?.displayName);
    return new NextResponse(assignmentsCsv(entries, { bom: true }), {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachmentDisposition(fileName),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    const { message, requestId } = toUserMessage(error);
    const status = error instanceof GraphError && [401, 403, 429].includes(error.status) ? error.status : 502;
    if (status === 502) console.error('Download assignments failed', error);
    return failure(status, message, requestId);
  }
}
