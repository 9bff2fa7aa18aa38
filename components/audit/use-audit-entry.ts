'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntryView } from '@/lib/roles/audit-details';
import type { AuditRow } from '@/lib/roles/audit-rows';
import { readAuditEntry } from './actions';

const ENTRY = 'entry';

function auditHrefWith(search: URLSearchParams, entryId: string | null): string {
  const params = new URLSearchParams(search);
  if (entryId === null) params.delete(ENTRY);
  else params.set(ENTRY, entryId);
  const query = params.toString();
  return query ? `/audit?${query}` : '/audit';
}

/**
 * The audit entry whose details are open: `?entry={id}` in the URL, so a link or a reload opens it and Back closes
 * it. Opening one from the list only changes the URL (history.pushState, which Next's router follows) and reads the
 * entry through a server action: the list stays as it is, Load more's pages included.
 */
export function useAuditEntry(linked: { id: string; view: AuditEntryView } | null) {
  const searchParams = useSearchParams();
  const openId = searchParams.get(ENTRY);
  const [read, setRead] = useState<Record<string, AuditEntryView>>({});
  // What the drawer shows: the open entry, or while it closes the one it was showing.
  const [shownId, setShownId] = useState(openId);
  if (openId !== null && openId !== shownId) setShownId(openId);
  // Whether this visit's history holds the list under the open entry, so that closing can go Back to it.
  const pushed = useRef(false);

  const lookup = (id: string | null) => (id === null ? null : (read[id] ?? (linked?.id === id ? linked.view : null)));
  const missing = openId !== null && lookup(openId) === null;

  useEffect(() => {
    if (!missing || openId === null) return;
    let current = true;
    const done = (view: AuditEntryView) => {
      if (current) setRead((views) => ({ ...views, [openId]: view }));
    };
    readAuditEntry(openId).then(done, () => done({ kind: 'failed', message: 'Microsoft Graph failed; try again.' }));
    return () => {
      current = false;
    };
  }, [missing, openId]);

  const open = useCallback(
    (row: AuditRow) => {
      pushed.current = true;
      window.history.pushState(null, '', auditHrefWith(searchParams, row.id));
    },
    [searchParams],
  );

  const close = useCallback(() => {
    // A failed read is tried again next time; an entry that was read stays as it was (audit entries don't change).
    setRead((views) => Object.fromEntries(Object.entries(views).filter(([, view]) => view.kind !== 'failed')));
    if (pushed.current) {
      pushed.current = false;
      window.history.back();
    } else {
      window.history.replaceState(null, '', auditHrefWith(searchParams, null));
    }
  }, [searchParams]);

  const hrefFor = useCallback((row: AuditRow) => auditHrefWith(searchParams, row.id), [searchParams]);

  return { openId, view: lookup(shownId), open, close, hrefFor };
}
