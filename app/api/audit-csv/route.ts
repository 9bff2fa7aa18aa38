import { NextResponse, type NextRequest } from 'next/server';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { GraphError, toUserMessage, userMessages } from '@/lib/graph/server';
import { attachmentDisposition } from '@/lib/roles/assignments-csv-file';
import { parseAuditFilters } from '@/lib/roles/audit-filters';
import { auditCsv, auditCsvFileName } from '@/lib/roles/audit-rows';
import { AUDIT_FORBIDDEN_MESSAGE, loadAuditExport } from '@/lib/views/audit';

// Audit logs > Download: the entries the blade's filters select (same query string as /audit), as RFC 4180 CSV with
// formula-looking cells neutralised. A route handler, as Download assignments: a missing session is a 401 the
// button can explain rather than a redirect to an HTML page.

const noStore = { 'Cache-Control': 'no-store' };

function failure(status: number, message: string, requestId?: string) {
  return NextResponse.json({ error: message, ...(requestId ? { requestId } : {}) }, { status, headers: noStore });
}

export async function GET(request: NextRequest) {
  const filters = parseAuditFilters(Object.fromEntries(request.nextUrl.searchParams));
  const graph = await graphForSignedInAdmin();
  if (!graph) return failure(401, userMessages.signInExpired);
  try {
    const rows = await loadAuditExport(graph, filters);
    return new NextResponse(auditCsv(rows, { bom: true }), {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachmentDisposition(auditCsvFileName(new Date())),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) return failure(403, AUDIT_FORBIDDEN_MESSAGE);
    const { message, requestId } = toUserMessage(error);
    const status = error instanceof GraphError && [401, 429].includes(error.status) ? error.status : 502;
    if (status === 502) console.error('Download audit logs failed', error);
    return failure(status, message, requestId);
  }
}
