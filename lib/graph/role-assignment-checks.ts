import { z } from 'zod';
import { listFromBatchItem } from './batched-lists';
import { principalCollections, principalKinds, type PrincipalKind } from './directory-object-kinds';
import { and, eq, inChunks, inList, segment, withQuery } from './odata';
import { ROLE_ASSIGNMENTS_PATH } from './request-plans';
import { roleDefinitionPath } from './role-definitions';
import { roleAssignmentSchema, roleDefinitionSchema, type RoleAssignment, type RoleDefinition } from './schemas';
import type { BatchItemResult, BatchRequest, GraphClient } from './types';

// Everything Add assignments must check before its first write, read in ONE `$batch`: the role, the scope's
// unit or app, which of the principals exist (and as what), and which already hold the role at the scope.

/** The scope of the assignments, parsed (lib/roles/scope-kinds.ts); null when the directoryScopeId is malformed. */
export type CheckedScope = { kind: 'directory' } | { kind: 'administrativeUnit' | 'application'; id: string } | null;

export type DirectoryPrincipal = { id: string; displayName: string; kind: PrincipalKind; isAssignableToRole: boolean | null | undefined };

export type AssignmentChecks = {
  /** Null when the role doesn't exist. */
  role: RoleDefinition | null;
  /** The scope's unit or app; null for Directory scope, a malformed scope, or one that doesn't exist. */
  scopeObject: { id: string; displayName: string } | null;
  /** The principals among the ids that are a user, a group or a service principal. */
  found: DirectoryPrincipal[];
  /** Assignments of the role at the scope already held by some of the principals (none read for a malformed scope). */
  existing: RoleAssignment[];
};

const principalFields: Record<PrincipalKind, string> = {
  user: 'id,displayName,userPrincipalName',
  group: 'id,displayName,isAssignableToRole',
  servicePrincipal: 'id,displayName,appId',
};

const foundSchema = z.object({
  id: z.guid(),
  displayName: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  isAssignableToRole: z.boolean().nullish(),
});
const namedSchema = z.object({ id: z.guid(), displayName: z.string() });

type Read = { kind: 'role' } | { kind: 'scope' } | { kind: 'principals'; principalKind: PrincipalKind } | { kind: 'existing' };

function scopePath(scope: Exclude<CheckedScope, null | { kind: 'directory' }>): string {
  const collection = scope.kind === 'administrativeUnit' ? '/directory/administrativeUnits' : '/applications';
  return withQuery(`${collection}/${segment(scope.id)}`, { $select: 'id,displayName' });
}

/** The reads, in the order they go into the `$batch`: the role, the scope, then per `in` list its principals and holders. */
function plannedReads(input: { roleId: string; directoryScopeId: string; scope: CheckedScope; principalIds: readonly string[] }) {
  const reads: { read: Read; request: BatchRequest }[] = [{ read: { kind: 'role' }, request: { method: 'GET', url: roleDefinitionPath(input.roleId) } }];
  if (input.scope && input.scope.kind !== 'directory') reads.push({ read: { kind: 'scope' }, request: { method: 'GET', url: scopePath(input.scope) } });
  for (const ids of inChunks(input.principalIds)) {
    for (const principalKind of principalKinds) {
      const url = withQuery(principalCollections[principalKind], { $filter: inList('id', ids), $select: principalFields[principalKind] });
      reads.push({ read: { kind: 'principals', principalKind }, request: { method: 'GET', url } });
    }
    if (input.scope) {
      const $filter = and(eq('roleDefinitionId', input.roleId), eq('directoryScopeId', input.directoryScopeId), inList('principalId', ids));
      reads.push({ read: { kind: 'existing' }, request: { method: 'GET', url: withQuery(ROLE_ASSIGNMENTS_PATH, { $filter }) } });
    }
  }
  return reads;
}

function single<S extends z.ZodType>(result: BatchItemResult, schema: S): z.infer<S> | null {
  if (!result.ok) {
    if (result.status === 404) return null;
    throw result.error;
  }
  return schema.parse(result.body);
}

/**
 * Reads what adding `principalIds` (lower-cased, unique) to a role at one scope must check, in one `$batch`.
 * Throws when a read fails (a 404 of the role or scope object is null instead).
 */
export async function readAssignmentChecks(
  graph: GraphClient,
  input: { roleId: string; directoryScopeId: string; scope: CheckedScope; principalIds: readonly string[] },
): Promise<AssignmentChecks> {
  const reads = plannedReads(input);
  const results = await graph.batch(reads.map((r) => r.request));
  const checks: AssignmentChecks = { role: null, scopeObject: null, found: [], existing: [] };
  for (const [index, { read }] of reads.entries()) {
    const result = results[index] as BatchItemResult;
    if (read.kind === 'role') checks.role = single(result, roleDefinitionSchema);
    else if (read.kind === 'scope') checks.scopeObject = single(result, namedSchema);
    else if (read.kind === 'principals') {
      for (const item of await listFromBatchItem(graph, result, foundSchema, principalCollections[read.principalKind])) {
        checks.found.push({
          id: item.id,
          displayName: item.displayName ?? item.userPrincipalName ?? item.id,
          kind: read.principalKind,
          isAssignableToRole: item.isAssignableToRole,
        });
      }
    } else checks.existing.push(...(await listFromBatchItem(graph, result, roleAssignmentSchema, ROLE_ASSIGNMENTS_PATH)));
  }
  return checks;
}
