'use client';

import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  ToolbarButton,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwise20Regular, Dismiss20Regular, DocumentSearch24Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { AuditEntryView } from '@/lib/roles/audit-details';
import { auditHref, auditQuery, type AuditFilters } from '@/lib/roles/audit-filters';
import type { AuditRow } from '@/lib/roles/audit-rows';
import type { AuditActorOption, AuditRoleOption } from '@/lib/views/audit-options';
import { CommandBar } from '@/components/common/command-bar';
import { CsvDownloadButton, type DownloadOutcome } from '@/components/common/csv-download-button';
import { NoResults } from '@/components/list/no-results';
import { loadMoreAudits } from './actions';
import { AuditEntryDrawer } from './audit-entry-drawer';
import { AuditFiltersBar } from './audit-filters';
import { AuditTable } from './audit-table';
import { useAuditEntry } from './use-audit-entry';
import { countOf, formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  summary: { color: tokens.colorNeutralForeground2 },
  more: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, paddingBlock: tokens.spacingVerticalM },
});

export type AuditBladeProps = {
  filters: AuditFilters;
  rows: AuditRow[];
  nextLink: string | null;
  actors: AuditActorOption[];
  roles: AuditRoleOption[];
  /** The entry `/audit?entry={id}` names, read with the page. */
  entry: { id: string; view: AuditEntryView } | null;
};

type Notice = { ok: boolean; title: string; message: string };

/** Audit logs: command bar, filters (kept in the URL), the entries newest first, and Load more. */
export function AuditBlade({ filters, rows: firstRows, nextLink: firstNextLink, actors, roles, entry: linkedEntry }: AuditBladeProps) {
  const styles = useStyles();
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const [loadingMore, startLoadingMore] = useTransition();
  const [rows, setRows] = useState(firstRows);
  const [nextLink, setNextLink] = useState(firstNextLink);
  const [notice, setNotice] = useState<Notice | null>(null);
  const details = useAuditEntry(linkedEntry);

  const applyFilters = (next: AuditFilters) => {
    if (auditQuery(next) === auditQuery(filters)) return;
    startNavigation(() => router.push(auditHref(next), { scroll: false }));
  };

  const loadMore = () => {
    if (!nextLink) return;
    startLoadingMore(async () => {
      const result = await loadMoreAudits(nextLink, filters.role);
      if (!result.ok) {
        setNotice({ ok: false, title: "Couldn't load more entries", message: result.requestId ? `${result.message} Request ID: ${result.requestId}` : result.message });
        return;
      }
      setRows((shown) => {
        const seen = new Set(shown.map((row) => row.id));
        return [...shown, ...result.rows.filter((row) => !seen.has(row.id))];
      });
      setNextLink(result.nextLink);
    });
  };

  const onDownloaded = (outcome: DownloadOutcome) =>
    setNotice(
      outcome.ok
        ? { ok: true, title: 'Download', message: `Saved ${outcome.fileName}.` }
        : { ok: false, title: "Couldn't download the audit log", message: outcome.requestId ? `${outcome.message} Request ID: ${outcome.requestId}` : outcome.message },
    );

  const query = auditQuery(filters);
  const filtered = query !== '';
  return (
    <div className={styles.root} aria-busy={navigating || undefined}>
      <CommandBar label="Audit logs commands" className={styles.toolbar}>
        <CsvDownloadButton
          url={query ? `/api/audit-csv?${query}` : '/api/audit-csv'}
          label="Download"
          fallbackFileName="audit-role-management.csv"
          onDone={onDownloaded}
        />
        <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={() => startNavigation(() => router.refresh())} disabledFocusable={navigating}>
          {navigating ? 'Refreshing…' : 'Refresh'}
        </ToolbarButton>
      </CommandBar>
      {notice ? (
        <MessageBar intent={notice.ok ? 'success' : 'error'} role={notice.ok ? 'status' : 'alert'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label="Dismiss" onClick={() => setNotice(null)} />}
          />
        </MessageBar>
      ) : null}
      <AuditFiltersBar filters={filters} actors={actors} roles={roles} onChange={applyFilters} />
      <Text className={styles.summary} role="status" aria-live="polite">
        {navigating
          ? 'Loading entries…'
          : nextLink
            ? `${formatCount(rows.length)} most recent entries shown; more are available`
            : filtered
              ? `${countOf(rows.length, 'entry matches', 'entries match')} the filters`
              : countOf(rows.length, 'entry', 'entries')}
      </Text>
      {rows.length === 0 ? (
        <NoResults
          icon={DocumentSearch24Regular}
          title={filtered ? 'No entries match' : 'No role management changes yet'}
          message={
            filtered
              ? 'No role or group change matches these filters. Widen the dates or reset the filters.'
              : 'Changes to role assignments, role definitions and role-assignable groups appear here.'
          }
        >
          {filtered ? <Button onClick={() => applyFilters({ activity: '', actor: '', role: '', from: '', to: '' })}>Reset filters</Button> : null}
        </NoResults>
      ) : (
        <AuditTable rows={rows} entryHref={details.hrefFor} onOpenEntry={details.open} />
      )}
      {nextLink ? (
        <div className={styles.more}>
          <Button onClick={loadMore} disabled={loadingMore} icon={loadingMore ? <Spinner size="tiny" aria-hidden /> : undefined}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      ) : null}
      <AuditEntryDrawer open={details.openId !== null} view={details.view} onClose={details.close} />
    </div>
  );
}
