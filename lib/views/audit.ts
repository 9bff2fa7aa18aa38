import 'server-only';
import {
  getDirectoryAudit,
  GraphError,
  listDirectoryAudits,
  listDirectoryAuditsPage,
  nextDirectoryAuditsPage,
  type DirectoryAuditPage,
  type GraphClient,
  toUserMessage,
} from '@/lib/graph/server';
import { toAuditDetails, type AuditEntryView } from '@/lib/roles/audit-details';
import { auditGraphOptions, type AuditFilters } from '@/lib/roles/audit-filters';
import { rowConcernsRole, toAuditRow, type AuditRow } from '@/lib/roles/audit-rows';
import { AUDIT_CATEGORIES } from '@/lib/roles/audit-constants';
import type { AuditActorOption, AuditRoleOption } from './audit-options';
import { roleCatalog } from './role-catalog';

// Audit logs: role management changes from Graph's auditLogs/directoryAudits, newest first, a page at a time.

export const AUDIT_PAGE_SIZE = 50;
// With a role filter the rows are picked from whole pages; reading at most this many per "page" of the blade keeps
// one click bounded, and "Load more" continues where the reading stopped, so nothing is skipped or repeated.
const MAX_PAGES_PER_READ = 5;
// The Actor filter offers whoever changed something among this many recent entries.
const RECENT_FOR_ACTORS = 200;
const MAX_EXPORT_ROWS = 5000;

export const AUDIT_FORBIDDEN_MESSAGE =
  'Reading audit logs needs a role that can read them at directory scope, such as Reports Reader, Security Reader, ' +
  'Global Reader or Global Administrator. Privileged Role Administrator can change role assignments but cannot read ' +
  'audit logs. Ask a Privileged Role Administrator to assign you one of these roles.';

export type AuditRowsPage = { rows: AuditRow[]; nextLink: string | null };


export type AuditView =
  | { kind: 'ok'; page: AuditRowsPage; actors: AuditActorOption[]; roles: AuditRoleOption[] }
  | { kind: 'forbidden'; message: string };

/** Rows of `page` (and following pages, for a role filter) until a blade's page is full or the reading budget is spent. */
async function collect(graph: GraphClient, first: DirectoryAuditPage, roleId: string): Promise<AuditRowsPage> {
  const pick = (page: DirectoryAuditPage) => page.items.map(toAuditRow).filter((row) => !roleId || rowConcernsRole(row, roleId));
  const rows = pick(first);
  let nextLink = first.nextLink;
  for (let read = 1; roleId && rows.length < AUDIT_PAGE_SIZE && nextLink && read < MAX_PAGES_PER_READ; read++) {
    const page = await nextDirectoryAuditsPage(graph, nextLink);
    rows.push(...pick(page));
    nextLink = page.nextLink;
  }
  return { rows, nextLink };
}

function isForbidden(error: unknown): boolean {
  return error instanceof GraphError && error.status === 403;
}

function actorOptions(recent: AuditRow[], selected: string): AuditActorOption[] {
  const options = new Map<string, AuditActorOption>();
  for (const row of recent) {
    const { kind, id, name, detail } = row.initiatedBy;
    if (kind === 'unknown' || !id) continue;
    const value = kind === 'app' ? `app:${id.toLowerCase()}` : id.toLowerCase();
    if (!options.has(value)) options.set(value, { value, label: kind === 'app' ? `${name} (application)` : name, detail });
  }
  if (selected && !options.has(selected)) {
    options.set(selected, { value: selected, label: selected.startsWith('app:') ? `Application ${selected.slice(4)}` : `User ${selected}`, detail: null });
  }
  return [...options.values()].sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** The blade's first page, the actors and roles its filters offer; `forbidden` when the admin may not read audits. */
export async function loadAuditView(graph: GraphClient, filters: AuditFilters): Promise<AuditView> {
  try {
    const [first, recent, roles] = await Promise.all([
      listDirectoryAuditsPage(graph, { ...auditGraphOptions(filters), top: AUDIT_PAGE_SIZE }),
      listDirectoryAudits(graph, { categories: [...AUDIT_CATEGORIES], top: RECENT_FOR_ACTORS }),
      roleCatalog(graph),
    ]);
    return {
      kind: 'ok',
      page: await collect(graph, first, filters.role),
      actors: actorOptions(recent.map(toAuditRow), filters.actor),
      roles: roles
        .map((role) => ({ id: (role.templateId ?? role.id).toLowerCase(), name: role.displayName }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', message: AUDIT_FORBIDDEN_MESSAGE };
    throw error;
  }
}

/** "Load more": the page after `nextLink`, with the same role filter. */
export async function loadMoreAuditRows(graph: GraphClient, nextLink: string, roleId: string): Promise<AuditRowsPage> {
  return collect(graph, await nextDirectoryAuditsPage(graph, nextLink), roleId);
}

/** Every matching entry for Download (newest first), up to 5,000. */
export async function loadAuditExport(graph: GraphClient, filters: AuditFilters): Promise<AuditRow[]> {
  let page = await listDirectoryAuditsPage(graph, { ...auditGraphOptions(filters), top: 999 });
  const rows: AuditRow[] = [];
  for (;;) {
    rows.push(...page.items.map(toAuditRow).filter((row) => !filters.role || rowConcernsRole(row, filters.role)));
    if (!page.nextLink || rows.length >= MAX_EXPORT_ROWS) break;
    page = await nextDirectoryAuditsPage(graph, page.nextLink);
  }
  return rows.slice(0, MAX_EXPORT_ROWS);
}

/** The audit entry `id` (from `/audit?entry=…` or a selected row), read with GET /auditLogs/directoryAudits/{id}. */
export async function loadAuditEntry(graph: GraphClient, id: string): Promise<AuditEntryView> {
  try {
    const audit = await getDirectoryAudit(graph, id);
    return audit ? { kind: 'ok', entry: toAuditDetails(audit) } : { kind: 'notFound', id };
  } catch (error) {
    if (isForbidden(error)) return { kind: 'forbidden', message: AUDIT_FORBIDDEN_MESSAGE };
    // A lapsed sign-in is the page's to handle (it sends the admin to sign in), not the drawer's.
    if (error instanceof GraphError && error.status === 401) throw error;
    const { message, requestId } = toUserMessage(error, { subject: 'This audit entry' });
    return { kind: 'failed', message, requestId };
  }
}
