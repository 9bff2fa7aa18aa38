import { scopeKindLabels, type ScopeKind } from './scope-kinds';
import { directoryObjectKindLabels } from '@/lib/graph/directory-object-kinds';

// The role blade's Assignments list: one row per assignment, the filters a trainer can link to (kept in the URL),
// and paging, so a role with thousands of holders renders a page at a time.

export const PRINCIPAL_TYPES = ['user', 'group', 'servicePrincipal'] as const;
export type AssignmentPrincipalType = (typeof PRINCIPAL_TYPES)[number] | 'unknown';

export const principalTypeLabels: Record<AssignmentPrincipalType, string> = { ...directoryObjectKindLabels, unknown: 'Other' };

/** One assignment of the role, with its principal and its scope named: plain data for the client. */
export type RoleAssignmentRow = {
  id: string;
  roleDefinitionId: string;
  principalId: string;
  principalType: AssignmentPrincipalType;
  displayName: string;
  /** A user's UPN. */
  userPrincipalName: string | null;
  /** A service principal's application (client) id. */
  appId: string | null;
  /** "Guest" for B2B users. */
  userType: string | null;
  /** A group's direct member count; null when it could not be read. */
  memberCount: number | null;
  directoryScopeId: string;
  scopeKind: ScopeKind | 'unknown';
  scopeKindLabel: string;
  scopeName: string;
};

export type AssignmentFilters = {
  /** A scope kind, or null for every kind. */
  scopeKind: ScopeKind | null;
  /** One directoryScopeId ("/", "/administrativeUnits/{id}", "/{appObjectId}"), or null for every scope. */
  scope: string | null;
  type: AssignmentPrincipalType | null;
  search: string;
  /** 1-based. */
  page: number;
};

export const ASSIGNMENTS_PAGE_SIZE = 100;

export const emptyAssignmentFilters: AssignmentFilters = { scopeKind: null, scope: null, type: null, search: '', page: 1 };

const scopeKinds = Object.keys(scopeKindLabels) as ScopeKind[];
const SCOPE_ID = /^\/([0-9a-f-]{36}|administrativeUnits\/[0-9a-f-]{36})?$/i;

type ParamsLike = { get(name: string): string | null };

/** Reads the filters from the URL; an unknown value is ignored rather than refused, so an old link still opens. */
export function parseAssignmentFilters(params: ParamsLike): AssignmentFilters {
  const scopeKind = params.get('scopeKind');
  const scope = params.get('scope');
  const type = params.get('type');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    scopeKind: scopeKinds.find((kind) => kind === scopeKind) ?? null,
    scope: scope !== null && SCOPE_ID.test(scope) ? scope : null,
    type: PRINCIPAL_TYPES.find((t) => t === type) ?? null,
    search: (params.get('search') ?? '').slice(0, 200),
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The filters as a query string, leaving defaults out so a plain blade has a plain URL. */
export function assignmentFiltersQuery(filters: AssignmentFilters): string {
  const params = new URLSearchParams();
  if (filters.scopeKind) params.set('scopeKind', filters.scopeKind);
  if (filters.scope) params.set('scope', filters.scope);
  if (filters.type) params.set('type', filters.type);
  if (filters.search.trim()) params.set('search', filters.search);
  if (filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

function matchesSearch(row: RoleAssignmentRow, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [row.displayName, row.userPrincipalName, row.appId, row.principalId].filter(Boolean).join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The rows that pass every filter, in the order given. Search matches name, UPN and app id, word by word. */
export function filterAssignmentRows(rows: readonly RoleAssignmentRow[], filters: AssignmentFilters): RoleAssignmentRow[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  const scope = filters.scope?.toLowerCase();
  return rows.filter(
    (row) =>
      (filters.scopeKind === null || row.scopeKind === filters.scopeKind) &&
      (scope === undefined || row.directoryScopeId.toLowerCase() === scope) &&
      (filters.type === null || row.principalType === filters.type) &&
      matchesSearch(row, words),
  );
}

export type AssignmentPage = { items: RoleAssignmentRow[]; page: number; pageCount: number; first: number; last: number };

/** One page of rows; a page past the end shows the last page. `first`/`last` are 1-based, 0 when empty. */
export function pageOfAssignments(rows: readonly RoleAssignmentRow[], page: number, pageSize = ASSIGNMENTS_PAGE_SIZE): AssignmentPage {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * pageSize;
  const items = rows.slice(start, start + pageSize);
  return { items, page: current, pageCount, first: items.length ? start + 1 : 0, last: start + items.length };
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const kindOrder: Record<RoleAssignmentRow['scopeKind'], number> = { directory: 0, administrativeUnit: 1, application: 2, unknown: 3 };

/** Rows as Entra lists them: by principal name, then scope (directory first). */
export function sortAssignmentRows(rows: readonly RoleAssignmentRow[]): RoleAssignmentRow[] {
  return [...rows].sort(
    (a, b) =>
      byName.compare(a.displayName, b.displayName) ||
      kindOrder[a.scopeKind] - kindOrder[b.scopeKind] ||
      byName.compare(a.scopeName, b.scopeName) ||
      a.id.localeCompare(b.id),
  );
}

export type ScopeChoice = { directoryScopeId: string; kind: RoleAssignmentRow['scopeKind']; label: string; count: number };

/** The scopes the role is assigned at, for the "Scope" filter: each once, with how many assignments it has. */
export function scopeChoices(rows: readonly RoleAssignmentRow[], kind: ScopeKind | null = null): ScopeChoice[] {
  const choices = new Map<string, ScopeChoice>();
  for (const row of rows) {
    if (kind !== null && row.scopeKind !== kind) continue;
    const existing = choices.get(row.directoryScopeId);
    if (existing) existing.count += 1;
    else
      choices.set(row.directoryScopeId, {
        directoryScopeId: row.directoryScopeId,
        kind: row.scopeKind,
        label: row.scopeKind === 'directory' ? 'Directory' : `${row.scopeName} (${row.scopeKindLabel})`,
        count: 1,
      });
  }
  return [...choices.values()].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || byName.compare(a.label, b.label));
}

/** How a scope reads in the list and in confirmations: "Directory", or "Seattle (Administrative unit)". */
export function scopeLabel(row: Pick<RoleAssignmentRow, 'scopeKind' | 'scopeName' | 'scopeKindLabel'>): string {
  return row.scopeKind === 'directory' ? 'Directory' : `${row.scopeName} (${row.scopeKindLabel})`;
}
