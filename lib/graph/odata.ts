import { InvalidIdError } from './errors';

// OData query building. The rule (research §1.4): every string literal is escaped ('' for ') and then
// percent-encoded; property names and operators come from this file, never from input; ids are validated
// before they reach a URL and go into path segments rather than filters where Graph allows it.
// Plain regular expressions, no zod: the request plans client components show (Graph request preview) are built
// here, and zod would follow them into the browser. id-schemas.ts has the same rules as zod schemas.

/** Any 8-4-4-4-12 hex id, as z.guid() accepts. Graph object ids, role definition ids and app ids are GUIDs. */
const GUID_PATTERN = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID_PATTERN.test(value);
}

/** Returns the id unchanged when it is a GUID; otherwise throws InvalidIdError naming what it was meant to be. */
export function assertGuid(value: unknown, what: string): string {
  if (!isGuid(value)) throw new InvalidIdError(what, value);
  return value;
}

/**
 * Role-assignment ids are opaque (base64url-like strings with a "-1"/"-2" suffix on Graph), so they are not
 * GUIDs; we still refuse anything that is not a plain token before putting it in a path.
 */
export const ROLE_ASSIGNMENT_ID_PATTERN = /^[A-Za-z0-9._~-]{1,256}$/;

export function assertRoleAssignmentId(value: unknown): string {
  if (typeof value !== 'string' || !ROLE_ASSIGNMENT_ID_PATTERN.test(value)) throw new InvalidIdError('role assignment', value);
  return value;
}

/** `/` (tenant), `/{objectId}` (an app registration, service principal or group) or `/administrativeUnits/{id}`. */
export const DIRECTORY_SCOPE_ID_PATTERN =
  /^\/(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|administrativeUnits\/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$/;
export const DIRECTORY_SCOPE_ID_MESSAGE = 'Choose the whole directory, an administrative unit or an application as the scope.';

export function assertDirectoryScopeId(value: unknown): string {
  if (typeof value !== 'string' || !DIRECTORY_SCOPE_ID_PATTERN.test(value)) throw new InvalidIdError('directory scope', value);
  return value;
}

/** Doubles single quotes, the only escape an OData string literal has. */
export function escapeODataString(value: string): string {
  return value.replaceAll("'", "''");
}

/** `O'Brien` → `'O''Brien'`. Percent-encoding happens once, when the query string is built. */
export function odataStringLiteral(value: string): string {
  return `'${escapeODataString(value)}'`;
}

// The only properties our filters name. A new filter adds its property here, in code.
export type FilterProperty =
  | 'id'
  | 'roleDefinitionId'
  | 'principalId'
  | 'directoryScopeId'
  | 'isAssignableToRole'
  | 'appId'
  | 'activityDisplayName'
  | 'initiatedBy/user/id'
  | 'initiatedBy/app/appId'
  | 'category'
  | 'activityDateTime'
  | 'displayName';

export function eq(property: FilterProperty, value: string | boolean): string {
  return `${property} eq ${typeof value === 'boolean' ? String(value) : odataStringLiteral(value)}`;
}

/**
 * The most values one `in (…)` list carries. Graph documents `in` on the properties we filter by but no length
 * limit; 15 keeps each URL well inside Graph's limits, and longer lists are split (see `inChunks`).
 */
export const MAX_IN_VALUES = 15;

export function inList(property: FilterProperty, values: readonly string[]): string {
  if (values.length === 0) throw new Error(`inList(${property}) needs at least one value`);
  return `${property} in (${values.map(odataStringLiteral).join(',')})`;
}

/** Date-time literals are unquoted in OData: `activityDateTime ge 2026-01-01T00:00:00.000Z`. */
export function compareDate(property: FilterProperty, operator: 'ge' | 'le', value: Date): string {
  if (Number.isNaN(value.getTime())) throw new Error(`compareDate(${property}) got an invalid date`);
  return `${property} ${operator} ${value.toISOString()}`;
}

/** `property eq 'x'` for one value, `property in ('x','y')` for more. */
export function anyOf(property: FilterProperty, values: readonly string[]): string {
  return values.length === 1 ? eq(property, values[0] as string) : inList(property, values);
}

/** `values` split into lists of at most MAX_IN_VALUES, one request's `in (…)` each. */
export function inChunks<T>(values: readonly T[]): T[][] {
  return chunk(values, MAX_IN_VALUES);
}

/** `(a or b)`; a single clause stays bare. */
export function or(...clauses: readonly string[]): string | undefined {
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' or ')})`;
}

export function and(...clauses: Array<string | undefined>): string | undefined {
  const present = clauses.filter((clause): clause is string => Boolean(clause));
  return present.length === 0 ? undefined : present.join(' and ');
}

export type SearchProperty = 'displayName' | 'userPrincipalName' | 'mail' | 'description';

/**
 * One `$search` clause: `"displayName:Shannon O'Brien"`. A single quote needs no escape inside the double quotes.
 * Double quotes and backslashes are dropped: Graph's directory search has no documented escape for them, and a
 * name search gains nothing from them. Returns undefined for blank input.
 */
export function searchClause(property: SearchProperty, value: string): string | undefined {
  const term = value.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!term) return undefined;
  return `"${property}:${term}"`;
}

export function searchAny(properties: readonly SearchProperty[], value: string): string | undefined {
  const clauses = properties.map((property) => searchClause(property, value)).filter(Boolean);
  return clauses.length === 0 ? undefined : clauses.join(' OR ');
}

export type QueryValue = string | number | boolean | undefined;

/**
 * Appends query options to a path. Keys are ours and written literally (`$filter`), values are
 * percent-encoded (RFC 3986), and undefined values are left out.
 */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeQueryValue(String(value))}`);
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** encodeURIComponent leaves `'()*!` alone; encode them too so no reader of the URL has to guess. */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** One path segment: an id already validated, encoded anyway so a URL can never gain a segment. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** Splits a list into chunks of at most `size` (used for `in (…)` lists and `$batch`). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
