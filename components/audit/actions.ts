'use server';

import { z } from 'zod';
import { withSignedInAdmin } from '@/lib/actions/with-signed-in-admin';
import { GraphError, toUserMessage, userMessages } from '@/lib/graph/server';
import type { AuditRow } from '@/lib/roles/audit-rows';
import { AUDIT_FORBIDDEN_MESSAGE, loadAuditEntry, loadMoreAuditRows } from '@/lib/views/audit';
import type { AuditEntryView } from '@/lib/roles/audit-details';

const input = z.object({
  nextLink: z.url().max(4000),
  role: z.union([z.literal(''), z.guid()]),
});

export type LoadMoreResult =
  | { ok: true; rows: AuditRow[]; nextLink: string | null }
  | { ok: false; message: string; requestId?: string };

/** Audit logs > Load more: the next page after Graph's @odata.nextLink, read with the admin's token. */
export async function loadMoreAudits(nextLink: string, role: string): Promise<LoadMoreResult> {
  const parsed = input.safeParse({ nextLink, role });
  if (!parsed.success) return { ok: false, message: 'That page of the audit log is no longer available. Reload the page.' };
  return withSignedInAdmin(
    async ({ graph }): Promise<LoadMoreResult> => {
      try {
        const page = await loadMoreAuditRows(graph, parsed.data.nextLink, parsed.data.role);
        return { ok: true, ...page };
      } catch (error) {
        if (error instanceof GraphError && error.status === 403) return { ok: false, message: AUDIT_FORBIDDEN_MESSAGE };
        const { message, requestId } = toUserMessage(error);
        return { ok: false, message, requestId };
      }
    },
    () => ({ ok: false, message: userMessages.signInExpired }),
  );
}

/** Audit logs > an entry: its details, for the drawer opened from the list or by the Back button. */
export async function readAuditEntry(id: string): Promise<AuditEntryView> {
  const parsed = z.string().max(400).safeParse(id);
  if (!parsed.success) return { kind: 'notFound', id: '' };
  return withSignedInAdmin(
    async ({ graph }): Promise<AuditEntryView> => {
      try {
        return await loadAuditEntry(graph, parsed.data);
      } catch (error) {
        const { message, requestId } = toUserMessage(error);
        return { kind: 'failed', message, requestId };
      }
    },
    (): AuditEntryView => ({ kind: 'failed', message: userMessages.signInExpired }),
  );
}
