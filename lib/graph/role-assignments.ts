import { z } from 'zod';
import type { GraphClient } from './client';
import { GraphError, GraphResponseError } from './errors';
import { fateAfterReread, fateIsOpen, unreadableWriteError } from './write-outcome';
import {
  and,
  anyOf,
  assertDirectoryScopeId,
  assertGuid,
  assertRoleAssignmentId,
  eq,
  inChunks,
  inList,
  MAX_IN_VALUES,
  segment,
  withQuery,
} from './odata';
import { listEach, listFromBatchItem } from './batched-lists';
import { readPage } from './paging';
import { roleAssignmentIdSchema } from './id-schemas';
import {
  ROLE_ASSIGNMENTS_PATH,
  roleAssignmentCreateRequest,
  roleAssignmentCreateRequests,
  roleAssignmentDeleteRequest,
  roleAssignmentDeleteRequests,
  validatedRoleAssignment,
  type NewRoleAssignment,
} from './request-plans';
import { getRoleDefinition, roleDefinitionPath } from './role-definitions';
import { roleAssignmentSchema, roleDefinitionSchema, type RoleAssignment, type RoleDefinition } from './schemas';

const collectionPath = ROLE_ASSIGNMENTS_PATH;
// The largest page Graph's directory collections serve: a role with thousands of holders takes a few requests,
// not one per hundred.
const pageSize = 999;

export type ListRoleAssignmentsOptions = {
  roleDefinitionId?: string;
  principalIds?: readonly string[];
  directoryScopeId?: string;
  /** Adds `$expand=principal` (Graph ignores a nested $select there and returns the whole object). */
  expandPrincipal?: boolean;
  /** Adds `$expand=directoryScope`: each assignment's unit or app comes with it, so naming scopes costs no request. */
  expandDirectoryScope?: boolean;
  /** `$select`: only these properties (a count needs no more than each assignment's role). */
  select?: string;
};

/** The `$expand` value for the relationships asked for. */
export function roleAssignmentExpand(options: { expandPrincipal?: boolean; expandDirectoryScope?: boolean }): string | undefined {
  const expand = [options.expandPrincipal ? 'principal' : null, options.expandDirectoryScope ? 'directoryScope' : null].filter(Boolean);
  return expand.length ? expand.join(',') : undefined;
}

/**
 * Role assignments matching every given filter. Many principals are split into `in (…)` lists of at most MAX_IN_VALUES,
 * sent together in one `$batch`. Throws InvalidIdError before any request when an id is malformed.
 */
export async function listRoleAssignments(
  graph: GraphClient,
  options: ListRoleAssignmentsOptions = {},
): Promise<RoleAssignment[]> {
  const roleClause =
    options.roleDefinitionId === undefined ? undefined : eq('roleDefinitionId', assertGuid(options.roleDefinitionId, 'role definition'));
  const scopeClause =
    options.directoryScopeId === undefined ? undefined : eq('directoryScopeId', assertDirectoryScopeId(options.directoryScopeId));
  const expand = roleAssignmentExpand(options);
  const pathFor = (principalClause: string | undefined) =>
    withQuery(collectionPath, { $filter: and(roleClause, principalClause, scopeClause), $expand: expand, $select: options.select, $top: pageSize });

  if (options.principalIds === undefined) return (await graph.list(pathFor(undefined), roleAssignmentSchema)).items;

  const principalIds = [...new Set(options.principalIds.map((id) => assertGuid(id, 'principal').toLowerCase()))];
  if (principalIds.length === 0) return [];
  const chunks = inChunks(principalIds);
  if (chunks.length === 1) return (await graph.list(pathFor(anyOf('principalId', principalIds)), roleAssignmentSchema)).items;

  const lists = await listEach(graph, chunks.map((ids) => pathFor(anyOf('principalId', ids))), roleAssignmentSchema, { path: collectionPath });
  return uniqueById(lists.flat());
}

function uniqueById(assignments: readonly RoleAssignment[]): RoleAssignment[] {
  return [...new Map(assignments.map((assignment) => [assignment.id, assignment])).values()];
}


/**
 * The assignments of some roles (and, given `directoryScopeId`, at one scope), counted per role from their listing:
 * one request per MAX_IN_VALUES roles (an `in` list), all in one parallel round of `$batch` calls. Meant for a few roles whose
 * holders are few (an app registration's roles at tenant scope); a list longer than a page follows its nextLink.
 */
export async function countRoleAssignmentsOfRoles(
  graph: GraphClient,
  roleIds: readonly string[],
  options: { directoryScopeId?: string } = {},
): Promise<Map<string, number>> {
  const ids = [...new Set(roleIds.map((id) => assertGuid(id, 'role definition').toLowerCase()))];
  const counts = new Map(ids.map((id) => [id, 0]));
  if (ids.length === 0) return counts;
  const scopeClause = options.directoryScopeId === undefined ? undefined : eq('directoryScopeId', assertDirectoryScopeId(options.directoryScopeId));
  const lists = await listEach(
    graph,
    inChunks(ids).map((part) =>
      withQuery(collectionPath, { $filter: and(inList('roleDefinitionId', part), scopeClause), $select: 'id,roleDefinitionId', $top: pageSize }),
    ),
    roleAssignmentRoleOnlySchema,
    { path: collectionPath },
  );
  for (const item of lists.flat()) {
    const key = item.roleDefinitionId.toLowerCase();
    if (counts.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const roleAssignmentRoleOnlySchema = z.object({ id: z.string(), roleDefinitionId: z.guid() });

/**
 * A role and the assignments of it held by some principals (every holder when `principalIds` is undefined), with
 * principals and scopes expanded: for a narrowed read, the role and every `in` list of MAX_IN_VALUES principals go in ONE
 * `$batch`, so removing a page of holders costs one read request before its deletes. The role is null when it
 * doesn't exist.
 */
export async function readRoleWithAssignments(
  graph: GraphClient,
  roleId: string,
  principalIds?: readonly string[],
): Promise<{ role: RoleDefinition | null; assignments: RoleAssignment[] }> {
  const roleClause = eq('roleDefinitionId', assertGuid(roleId, 'role definition'));
  const expand = roleAssignmentExpand({ expandPrincipal: true, expandDirectoryScope: true });
  if (principalIds === undefined) {
    const [role, assignments] = await Promise.all([
      getRoleDefinition(graph, roleId),
      listRoleAssignments(graph, { roleDefinitionId: roleId, expandPrincipal: true, expandDirectoryScope: true }),
    ]);
    return { role, assignments };
  }
  const ids = [...new Set(principalIds.map((id) => assertGuid(id, 'principal').toLowerCase()))];
  const [roleResult, ...pages] = await graph.batch([
    { method: 'GET', url: roleDefinitionPath(roleId) },
    ...inChunks(ids).map((part) => ({
      method: 'GET' as const,
      url: withQuery(collectionPath, { $filter: and(roleClause, inList('principalId', part)), $expand: expand, $top: pageSize }),
    })),
  ]);
  if (!roleResult) throw new GraphResponseError('The $batch answered no role');
  if (!roleResult.ok && roleResult.status !== 404) throw roleResult.error;
  const role = roleResult.ok ? roleDefinitionSchema.parse(roleResult.body) : null;
  const lists = await Promise.all(pages.map((page) => listFromBatchItem(graph, page, roleAssignmentSchema, collectionPath)));
  return { role, assignments: uniqueById(lists.flat()) };
}

export type RoleAssignmentsPage = {
  assignments: RoleAssignment[];
  /** Graph's count of every assignment matching the filter. */
  total: number;
  /** The `$skiptoken` of the next page, or null on the last one. */
  nextCursor: string | null;
};

/**
 * One Graph page of `top` assignments of a role with their principals and scopes, optionally narrowed to one scope
 * or to some principals (at most MAX_IN_VALUES: one `in` list), from `cursor` (a `$skiptoken`) on. One request.
 */
export async function listRoleAssignmentsPage(
  graph: GraphClient,
  roleId: string,
  options: { top: number; cursor?: string | null; directoryScopeId?: string | null; principalIds?: readonly string[] },
): Promise<RoleAssignmentsPage> {
  const principalIds = options.principalIds?.map((id) => assertGuid(id, 'principal'));
  const filter = and(
    eq('roleDefinitionId', assertGuid(roleId, 'role definition')),
    options.directoryScopeId ? eq('directoryScopeId', assertDirectoryScopeId(options.directoryScopeId)) : undefined,
    principalIds === undefined ? undefined : inList('principalId', principalIds.slice(0, MAX_IN_VALUES)),
  );
  const page = await readPage(
    graph,
    collectionPath,
    { $filter: filter, $expand: 'principal,directoryScope', $top: options.top, $count: true },
    roleAssignmentSchema,
    options.cursor ?? null,
  );
  return { assignments: page.items, total: page.count ?? page.items.length, nextCursor: page.nextCursor };
}

const firstPageSchema = z.object({ value: z.array(roleAssignmentSchema), '@odata.nextLink': z.string().optional() });

/**
 * The first (largest, 999) page of every assignment in the tenant with only the `select`ed properties (at least
 * those roleAssignmentSchema requires), and whether
 * it is the whole list: one request, so a blade can count small tenants at once and leave large ones for later.
 */
export async function readFirstPageOfRoleAssignments(graph: GraphClient, select: string): Promise<{ items: RoleAssignment[]; complete: boolean }> {
  const page = await graph.get(withQuery(collectionPath, { $select: select, $top: pageSize }), firstPageSchema);
  return { items: page.value, complete: page['@odata.nextLink'] === undefined };
}

/** One assignment by its (opaque) id; null when it does not exist or the id is malformed. */
export async function getRoleAssignment(graph: GraphClient, id: string): Promise<RoleAssignment | null> {
  if (!roleAssignmentIdSchema.safeParse(id).success) return null;
  return graph.find(`${collectionPath}/${segment(id)}`, roleAssignmentSchema);
}

export type { NewRoleAssignment } from './request-plans';

function keyPath(input: NewRoleAssignment): string {
  return withQuery(collectionPath, {
    $filter: and(eq('roleDefinitionId', input.roleDefinitionId), eq('principalId', input.principalId), eq('directoryScopeId', input.directoryScopeId)),
  });
}

/**
 * Assigns a role. Retried only when throttled: after a 5xx or timeout Graph may have created it, so we
 * re-read by (role, principal, scope) and return what landed, or surface the error; never post twice.
 */
export async function createRoleAssignment(graph: GraphClient, input: NewRoleAssignment): Promise<RoleAssignment> {
  const checked = validatedRoleAssignment(input);
  const request = roleAssignmentCreateRequest(checked);
  try {
    return await graph.post(request.url, request.body, roleAssignmentSchema);
  } catch (error) {
    if (!(error instanceof GraphError) || !error.isServerOrNetworkFailure) throw error;
    const landed = await findByKey(graph, checked).catch(() => undefined);
    if (landed) return landed;
    throw error;
  }
}

/** Removes an assignment (204). A 404 means someone else removed it first. */
export async function deleteRoleAssignment(graph: GraphClient, id: string): Promise<void> {
  await graph.delete(roleAssignmentDeleteRequest(id).url);
}

export type CreateRoleAssignmentResult =
  | { ok: true; input: NewRoleAssignment; assignment: RoleAssignment }
  /** `unknown`: Graph's answer left the fate open and a re-read could not settle it; never "not added". */
  | { ok: false; input: NewRoleAssignment; error: GraphError; unknown: boolean };

/**
 * Creates several assignments through `$batch` (20 per batch), one result per input in the same order.
 * Every id is checked before the first write. A POST is never sent twice: items whose outcome is open (5xx,
 * timeout, dropped connection) are re-read by (role, principal, scope), and what Graph has decides the result.
 */
export async function createRoleAssignments(
  graph: GraphClient,
  inputs: readonly NewRoleAssignment[],
): Promise<CreateRoleAssignmentResult[]> {
  // The same requests "View Graph request" showed the admin (lib/graph/request-plans.ts); ids are checked there.
  const checked = inputs.map(validatedRoleAssignment);
  const results = await graph.batch(roleAssignmentCreateRequests(checked)).catch((error: unknown) => {
    if (error instanceof GraphError) throw error;
    // The batch went out but its answer could not be read: every item's fate is open.
    return checked.map(() => ({ ok: false as const, status: 0, error: unreadableWriteError('POST', collectionPath) }));
  });
  const open = results.flatMap((result, index) => (!result.ok && fateIsOpen(result.error) ? [index] : []));
  const reread = open.length === 0 ? [] : await graph.batch(open.map((index) => ({ method: 'GET' as const, url: keyPath(checked[index] as NewRoleAssignment) }))).catch(() => []);
  const landed = new Map<number, RoleAssignment>();
  const settled = new Set<number>();
  reread.forEach((result, position) => {
    if (!result.ok) return;
    const page = roleAssignmentSchema.array().safeParse((result.body as { value?: unknown } | undefined)?.value);
    if (!page.success) return;
    const index = open[position] as number;
    settled.add(index);
    const first = page.data[0];
    if (first) landed.set(index, first);
  });

  return results.map((result, index): CreateRoleAssignmentResult => {
    const input = checked[index] as NewRoleAssignment;
    const found = landed.get(index);
    if (found) return { ok: true, input, assignment: found };
    if (!result.ok) {
      const open = fateIsOpen(result.error);
      const unknown = open && (!settled.has(index) || fateAfterReread(result.error, false) === 'unknown');
      return { ok: false, input, error: result.error, unknown };
    }
    const parsed = roleAssignmentSchema.safeParse(result.body);
    if (parsed.success) return { ok: true, input, assignment: parsed.data };
    // The assignment was created but its shape is not what we expect: fail loudly rather than report a
    // landed write as a failure.
    throw new GraphResponseError(`Unexpected created role assignment: ${parsed.error.issues[0]?.message ?? ''}`);
  });
}

export type DeleteRoleAssignmentResult =
  | { ok: true; id: string }
  /** `unknown`: Graph's answer left the fate open and a re-read could not settle it; never "not removed". */
  | { ok: false; id: string; error: GraphError; unknown: boolean };

/**
 * Removes several assignments through `$batch` (20 per batch), one result per id in the same order. A 404 counts as
 * removed (someone removed it first). Items whose outcome is open (5xx, timeout, dropped connection) are re-read by
 * id: gone means removed; still there means not removed after a 5xx, and unknown after a timeout (it may still go).
 */
export async function deleteRoleAssignments(graph: GraphClient, ids: readonly string[]): Promise<DeleteRoleAssignmentResult[]> {
  const checked = ids.map(assertRoleAssignmentId);
  const results = await graph.batch(roleAssignmentDeleteRequests(checked)).catch((error: unknown) => {
    if (error instanceof GraphError) throw error;
    return checked.map(() => ({ ok: false as const, status: 0, error: unreadableWriteError('DELETE', collectionPath) }));
  });
  const open = results.flatMap((result, index) => (!result.ok && fateIsOpen(result.error) ? [index] : []));
  const reread = open.length === 0 ? [] : await graph.batch(open.map((index) => ({ method: 'GET' as const, url: `${collectionPath}/${segment(checked[index] as string)}` }))).catch(() => []);
  const gone = new Map<number, boolean>();
  reread.forEach((result, position) => {
    const index = open[position] as number;
    if (result.ok) gone.set(index, false);
    else if (result.status === 404) gone.set(index, true);
  });

  return results.map((result, index): DeleteRoleAssignmentResult => {
    const id = checked[index] as string;
    if (result.ok || result.status === 404) return { ok: true, id };
    const open = fateIsOpen(result.error);
    if (!open) return { ok: false, id, error: result.error, unknown: false };
    const isGone = gone.get(index);
    if (isGone === undefined) return { ok: false, id, error: result.error, unknown: true };
    const fate = fateAfterReread(result.error, isGone);
    return fate === 'done' ? { ok: true, id } : { ok: false, id, error: result.error, unknown: fate === 'unknown' };
  });
}

async function findByKey(graph: GraphClient, input: NewRoleAssignment): Promise<RoleAssignment | undefined> {
  const { items } = await graph.list(keyPath(input), roleAssignmentSchema);
  return items[0];
}
