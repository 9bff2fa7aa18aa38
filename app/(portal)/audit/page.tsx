import type { Metadata } from 'next';
import { AuditBlade } from '@/components/audit/audit-blade';
import { AuditForbidden } from '@/components/audit/audit-forbidden';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { BladeHeader } from '@/components/shell/blade-header';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { auditQuery, parseAuditFilters } from '@/lib/roles/audit-filters';
import { loadAuditEntry, loadAuditView } from '@/lib/views/audit';
import { ignoredFiltersNote } from '@/lib/views/list-params';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'Audit logs' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function AuditLogsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  const note = ignoredFiltersNote(params, filters, ['activity', 'actor', 'role', 'from', 'to']);
  const entryParam = params.entry;
  const entryId = Array.isArray(entryParam) ? (entryParam[0] ?? null) : (entryParam ?? null);
  const graph = await requireGraph();
  // `/audit?entry={id}` opens that entry's details over the list; both are read at once.
  const [view, entry] = await withSignInOnUnauthorized(() =>
    Promise.all([loadAuditView(graph, filters), entryId === null ? null : loadAuditEntry(graph, entryId).then((read) => ({ id: entryId, view: read }))]),
  );
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Audit logs' }]}
        title="Audit logs"
        description="Changes to role assignments, role definitions and role-assignable groups, newest first. Times are in UTC."
      />
      <ListInputNotice notes={[note]} />
      {view.kind === 'forbidden' ? (
        <AuditForbidden message={view.message} />
      ) : (
        // Keyed by the view: new filters start a new list (Load more's pages belong to the old one).
        <AuditBlade
          key={auditQuery(filters)}
          filters={filters}
          rows={view.page.rows}
          nextLink={view.page.nextLink}
          actors={view.actors}
          roles={view.roles}
          entry={entry}
        />
      )}
    </>
  );
});
