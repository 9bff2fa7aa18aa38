import { z } from 'zod';
import { toCsv } from './assignments-csv';
import { auditScopeKindLabels, type AuditScopeKind } from './audit-constants';
import { directoryObjectKindLabel } from '@/lib/graph/directory-object-kinds';

// The audit log of role management changes, as rows: who did what to whom, for which role, at which scope. Read
// from Graph's directoryAudit shape (targetResources[].modifiedProperties: Role.DisplayName, Role.ObjectID,
// Role.TemplateId, Role.Scope; Group.DisplayName for membership changes), plain data for the client table and CSV.

export type AuditRow = {
  id: string;
  activity: string;
  category: string;
  /** Graph's activityDateTime, ISO 8601. */
  activityDateTime: string;
  /** "2026-11-22 14:03:05 UTC": the same text on the server and in every browser. */
  dateText: string;
  initiatedBy: { kind: 'user' | 'app' | 'unknown'; id: string | null; name: string; detail: string | null };
  target: { id: string | null; name: string; type: string; detail: string | null } | null;
  role: { id: string | null; templateId: string | null; name: string } | null;
  scope: { kind: AuditScopeKind; id: string; name: string } | null;
  result: string;
  correlationId: string | null;
};

/** The subset of Graph's directoryAudit the rows read (lib/graph/schemas.ts parses the whole). */
export type AuditInput = {
  id: string;
  activityDateTime: string;
  activityDisplayName: string;
  category?: string | null;
  correlationId?: string | null;
  result?: string | null;
  initiatedBy: {
    user?: { id?: string | null; displayName?: string | null; userPrincipalName?: string | null } | null;
    app?: { appId?: string | null; displayName?: string | null; servicePrincipalId?: string | null } | null;
  };
  targetResources: Array<{
    id?: string | null;
    displayName?: string | null;
    type?: string | null;
    userPrincipalName?: string | null;
    modifiedProperties?: Array<{ displayName?: string | null; oldValue?: string | null; newValue?: string | null }> | null;
  }>;
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-22 14:03:05 UTC`, or the input unchanged when it is not a date. Never the browser's locale or zone. */
export function formatAuditDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`
  );
}

const jsonString = z.string();

/** Graph writes modified values as JSON text: `"\"Helpdesk Administrator\""`, or `["x"]` for group properties. */
function decodeValue(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed.length > 0 ? decodeValue(JSON.stringify(parsed[0])) : null;
    const text = jsonString.safeParse(parsed);
    if (text.success) return text.data;
    return parsed === null ? null : String(parsed);
  } catch {
    return raw;
  }
}

type Target = AuditInput['targetResources'][number];

function property(targets: readonly Target[], name: string): string | null {
  for (const target of targets) {
    for (const modified of target.modifiedProperties ?? []) {
      if (modified.displayName?.toLowerCase() !== name.toLowerCase()) continue;
      const value = decodeValue(modified.newValue) ?? decodeValue(modified.oldValue);
      if (value !== null) return value;
    }
  }
  return null;
}

const principalTypes = new Set(['user', 'group', 'serviceprincipal']);

function initiatorOf(audit: AuditInput): AuditRow['initiatedBy'] {
  const { user, app } = audit.initiatedBy;
  if (user && (user.id || user.userPrincipalName || user.displayName)) {
    return {
      kind: 'user',
      id: user.id ?? null,
      name: user.displayName ?? user.userPrincipalName ?? user.id ?? 'Unknown user',
      detail: user.userPrincipalName ?? null,
    };
  }
  if (app && (app.appId || app.displayName)) {
    return { kind: 'app', id: app.appId ?? null, name: app.displayName ?? app.appId ?? 'Unknown application', detail: app.appId ?? null };
  }
  return { kind: 'unknown', id: null, name: 'Unknown', detail: null };
}

function scopeOf(audit: AuditInput, isAssignment: boolean): AuditRow['scope'] {
  const scopeId = property(audit.targetResources, 'Role.Scope');
  if (!scopeId || scopeId === '/') return isAssignment ? { kind: 'directory', id: '/', name: 'Directory' } : null;
  const unit = /^\/administrativeUnits\/([^/]+)$/i.exec(scopeId);
  const objectId = unit ? unit[1] : scopeId.replace(/^\//, '');
  const named = audit.targetResources.find((t) => t.id?.toLowerCase() === objectId?.toLowerCase() && t.type !== 'Role');
  return {
    kind: unit ? 'administrativeUnit' : 'application',
    id: scopeId,
    name: named?.displayName ?? scopeId,
  };
}

/** One audit entry as a row of the blade. */
export function toAuditRow(audit: AuditInput): AuditRow {
  const targets = audit.targetResources;
  const roleTarget = targets.find((t) => t.type?.toLowerCase() === 'role');
  const roleName = property(targets, 'Role.DisplayName') ?? roleTarget?.displayName ?? null;
  const roleId = property(targets, 'Role.ObjectID') ?? roleTarget?.id ?? null;
  const principal = targets.find((t) => principalTypes.has(t.type?.toLowerCase() ?? ''));
  const isAssignment = / to role$| from role$/i.test(audit.activityDisplayName);
  const group = property(targets, 'Group.DisplayName');
  const isMembership = / to group$| from group$/i.test(audit.activityDisplayName);
  const type = principal?.type?.toLowerCase() ?? '';
  return {
    id: audit.id,
    activity: audit.activityDisplayName,
    category: audit.category ?? '',
    activityDateTime: audit.activityDateTime,
    dateText: formatAuditDate(audit.activityDateTime),
    initiatedBy: initiatorOf(audit),
    target: principal
      ? {
          id: principal.id ?? null,
          name: principal.displayName ?? principal.userPrincipalName ?? principal.id ?? 'Unknown',
          type: directoryObjectKindLabel(type) ?? principal.type ?? 'Other',
          detail: isMembership && group ? `Member of ${group}` : (principal.userPrincipalName ?? null),
        }
      : null,
    role: roleName || roleId ? { id: roleId, templateId: property(targets, 'Role.TemplateId'), name: roleName ?? roleId ?? '' } : null,
    scope: scopeOf(audit, isAssignment),
    result: audit.result ? audit.result.charAt(0).toUpperCase() + audit.result.slice(1) : 'Unknown',
    correlationId: audit.correlationId ?? null,
  };
}

/** True when the row concerns the role with this id (or template id). */
export function rowConcernsRole(row: AuditRow, roleId: string): boolean {
  const id = roleId.toLowerCase();
  return row.role?.id?.toLowerCase() === id || row.role?.templateId?.toLowerCase() === id;
}

export function scopeText(scope: AuditRow['scope']): string {
  if (!scope) return '';
  return scope.kind === 'directory' ? 'Directory' : `${scope.name} (${auditScopeKindLabels[scope.kind]})`;
}

export const AUDIT_CSV_COLUMNS = [
  'Date (UTC)',
  'Activity',
  'Category',
  'Result',
  'Initiated by',
  'Initiated by (UPN or app ID)',
  'Target',
  'Target type',
  'Target detail',
  'Role',
  'Role ID',
  'Scope',
  'Scope ID',
  'Correlation ID',
  'Audit ID',
] as const;

/** The Download file: the header and one row per entry, in the order given (newest first). */
export function auditCsv(rows: readonly AuditRow[], options: { bom?: boolean } = {}): string {
  return toCsv(
    [
      [...AUDIT_CSV_COLUMNS],
      ...rows.map((row) => [
        row.dateText,
        row.activity,
        row.category,
        row.result,
        row.initiatedBy.name,
        row.initiatedBy.detail ?? '',
        row.target?.name ?? '',
        row.target?.type ?? '',
        row.target?.detail ?? '',
        row.role?.name ?? '',
        row.role?.id ?? '',
        scopeText(row.scope),
        row.scope?.id ?? '',
        row.correlationId ?? '',
        row.id,
      ]),
    ],
    options,
  );
}

/** `audit-role-management-2026-11-22.csv`, dated in UTC. */
export function auditCsvFileName(now: Date): string {
  return `audit-role-management-${now.toISOString().slice(0, 10)}.csv`;
}
