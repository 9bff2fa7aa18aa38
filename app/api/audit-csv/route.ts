import type { NextRequest } from 'next/server';
import { csvAttachment, withRouteGraph } from '@/lib/auth/route-handler';
import { parseAuditFilters } from '@/lib/roles/audit-filters';
import { auditCsv, auditCsvFileName } from '@/lib/roles/audit-rows';
import { AUDIT_FORBIDDEN_MESSAGE, loadAuditExport } from '@/lib/views/audit';

// Audit logs > Download: the entries the blade's filters select (same query string as /audit), as RFC 4180 CSV with
// formula-looking cells neutralised. A route handler, as Download assignments: a missing session is a 401 the
// button can explain rather than a redirect to an HTML page.

export async function GET(request: NextRequest) {
  const filters = parseAuditFilters(Object.fromEntries(request.nextUrl.searchParams));
  return withRouteGraph(
    async (graph) => csvAttachment(auditCsv(await loadAuditExport(graph, filters), { bom: true }), auditCsvFileName(new Date())),
    { logAs: 'Download audit logs failed', forbidden: AUDIT_FORBIDDEN_MESSAGE },
  );
}
