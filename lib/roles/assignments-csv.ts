import { z } from 'zod';
import { roleAssignmentInputSchema } from './role-input-schemas';
import { parseDirectoryScopeId, scopeKindLabels } from './scope-kinds';
import { directoryObjectKindLabels } from '@/lib/graph/directory-object-kinds';

// "Download assignments": one row per assignment, and optionally one per member of an assigned group.

export const principalTypeSchema = z.enum(['user', 'group', 'servicePrincipal']);
export type PrincipalType = z.infer<typeof principalTypeSchema>;

const csvPrincipalSchema = z.object({
  type: principalTypeSchema,
  displayName: z.string(),
  /** userPrincipalName for a user, appId for a service principal; empty for a group. */
  userPrincipalNameOrAppId: z.string().optional(),
});

export const assignmentCsvEntrySchema = z.object({
  role: z.object({ id: z.string(), displayName: z.string() }),
  assignment: roleAssignmentInputSchema,
  principal: csvPrincipalSchema,
  /** The scope's display name ("Contoso Sales" unit, an app's name); defaults to the scope kind's label. */
  scopeName: z.string().optional(),
  /** Members of an assigned group, to list who holds the role through it. */
  groupMembers: z.array(csvPrincipalSchema).optional(),
  /** PIM: Eligible, Active or Expired, with start and end (ISO; empty: from the start, resp. permanent). Default Active. */
  pim: z.object({ state: z.enum(['Eligible', 'Active', 'Expired']), startDateTime: z.string().nullable(), endDateTime: z.string().nullable() }).optional(),
});
export type AssignmentCsvEntry = z.infer<typeof assignmentCsvEntrySchema>;

export const ASSIGNMENT_CSV_COLUMNS = [
  'Role',
  'Role ID',
  'Principal name',
  'Principal type',
  'UPN or app ID',
  'Scope name',
  'Scope ID',
  'Assignment path',
  'Assignment ID',
  'Assignment state',
  'Start time',
  'End time',
] as const;

function defaultScopeName(directoryScopeId: string): string {
  const scope = parseDirectoryScopeId(directoryScopeId);
  return scope ? scopeKindLabels[scope.kind] : directoryScopeId;
}

/** The header and one row per assignment, followed by a row per group member when members are given. */
export function assignmentCsvRows(entries: readonly AssignmentCsvEntry[]): string[][] {
  const rows: string[][] = [[...ASSIGNMENT_CSV_COLUMNS]];
  for (const { role, assignment, principal, scopeName, groupMembers, pim } of entries) {
    // The end stays empty for a permanent item, and for an active one whose schedule could not be read.
    const schedule = [pim?.state ?? 'Active', pim?.startDateTime ?? '', pim?.endDateTime ?? ''];
    const scope = [scopeName ?? defaultScopeName(assignment.directoryScopeId), assignment.directoryScopeId];
    const row = (who: z.infer<typeof csvPrincipalSchema>, path: string) => [
      role.displayName,
      role.id,
      who.displayName,
      directoryObjectKindLabels[who.type],
      who.userPrincipalNameOrAppId ?? '',
      ...scope,
      path,
      assignment.id,
      ...schedule,
    ];
    rows.push(row(principal, 'Direct'));
    if (principal.type === 'group') {
      for (const member of groupMembers ?? []) rows.push(row(member, `Group: ${principal.displayName}`));
    }
  }
  return rows;
}

// A cell Excel or Sheets would read as a formula (OWASP "CSV injection") is prefixed with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-safe, and quoted per RFC 4180 when it holds a quote, comma or line break. */
export function toCsvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 text with CRLF line ends; `bom` adds a UTF-8 byte order mark so Excel reads non-ASCII names. */
export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(toCsvField).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** The whole "Download assignments" file. */
export function assignmentsCsv(entries: readonly AssignmentCsvEntry[], options: { bom?: boolean } = {}): string {
  return toCsv(assignmentCsvRows(entries), options);
}
