// What the Add assignments action does once it has a Graph client: read everything it must check in ONE $batch,
// plan, and only then write through ONE $batch. Kept apart from add-actions.ts (a 'use server' file, where every
// export is a public endpoint) so tests can call it with a real Graph client. Imports the lib/graph modules
// directly rather than '@/lib/graph/server', whose `server-only` marker throws under plain Node.
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import type { BatchItemResult, BatchRequest, GraphClient } from '@/lib/graph/client';
import { and, chunk, eq, inList, segment, withQuery } from '@/lib/graph/odata';
import { createRoleAssignments } from '@/lib/graph/role-assignments';
import { roleAssignmentSchema, roleDefinitionFields, roleDefinitionSchema } from '@/lib/graph/schemas';
import { planRoleAssignments, type FoundPrincipal, type PrincipalKind } from '@/lib/roles/plan-assignments';
import { parseDirectoryScopeId } from '@/lib/roles/scope-kinds';
import { additionResult, type ItemReport } from './outcome-lines';

export type AddRoleAssignmentsInput = { roleId: string; principalIds: string[]; directoryScopeId: string };

export type AddRoleAssignmentsOutcome = {
  result: ActionResult;
  /** Blades whose content changed: revalidate them. Empty when nothing was written. */
  changedPaths: string[];
};

// Graph documents `in` lists on these collections; 15 values keeps each URL well inside its limits.
const maxInValues = 15;

const principalSources: Record<PrincipalKind, { path: string; select: string }> = {
  user: { path: '/users', select: 'id,displayName,userPrincipalName' },
  group: { path: '/groups', select: 'id,displayName,isAssignableToRole' },
  servicePrincipal: { path: '/servicePrincipals', select: 'id,displayName,appId' },
};

const foundSchema = z.object({
  id: z.guid(),
  displayName: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  isAssignableToRole: z.boolean().nullish(),
});
const namedSchema = z.object({ id: z.guid(), displayName: z.string() });

type Read = { kind: 'role' } | { kind: 'scope' } | { kind: 'principals'; principalKind: PrincipalKind } | { kind: 'existing' };

/**
 * Adds `principalIds` to a role at one scope, as the signed-in admin. Checks first, in one `$batch`: the role
 * exists and supports the scope, the scope's unit or app exists, every principal is a user, a role-assignable
 * group or a service principal, and none holds the role there already. Any refusal means nothing is written.
 * Then creates all assignments in one `$batch` and reports each. Throws only when a read fails.
 */
export async function addRoleAssignmentsFor(graph: GraphClient, input: AddRoleAssignmentsInput): Promise<AddRoleAssignmentsOutcome> {
  const principalIds = [...new Set(input.principalIds.map((id) => id.toLowerCase()))];
  const scope = parseDirectoryScopeId(input.directoryScopeId);

  const reads: { read: Read; request: BatchRequest }[] = [
    {
      read: { kind: 'role' },
      request: { method: 'GET', url: withQuery(`/roleManagement/directory/roleDefinitions/${segment(input.roleId)}`, { $select: roleDefinitionFields.join(',') }) },
    },
  ];
  if (scope && scope.kind !== 'directory') {
    const collection = scope.kind === 'administrativeUnit' ? '/directory/administrativeUnits' : '/applications';
    reads.push({ read: { kind: 'scope' }, request: { method: 'GET', url: withQuery(`${collection}/${segment(scope.id)}`, { $select: 'id,displayName' }) } });
  }
  for (const ids of chunk(principalIds, maxInValues)) {
    for (const principalKind of Object.keys(principalSources) as PrincipalKind[]) {
      const source = principalSources[principalKind];
      reads.push({
        read: { kind: 'principals', principalKind },
        request: { method: 'GET', url: withQuery(source.path, { $filter: inList('id', ids), $select: source.select }) },
      });
    }
    if (scope) {
      reads.push({
        read: { kind: 'existing' },
        request: {
          method: 'GET',
          url: withQuery('/roleManagement/directory/roleAssignments', {
            $filter: and(eq('roleDefinitionId', input.roleId), eq('directoryScopeId', input.directoryScopeId), inList('principalId', ids)),
          }),
        },
      });
    }
  }

  const results = await graph.batch(reads.map((r) => r.request));
  let role: z.infer<typeof roleDefinitionSchema> | null = null;
  let scopeObject: z.infer<typeof namedSchema> | null = null;
  const found: FoundPrincipal[] = [];
  const existing: z.infer<typeof roleAssignmentSchema>[] = [];
  for (const [index, { read }] of reads.entries()) {
    const result = results[index] as BatchItemResult;
    if (read.kind === 'role') role = single(result, roleDefinitionSchema);
    else if (read.kind === 'scope') scopeObject = single(result, namedSchema);
    else if (read.kind === 'principals') {
      for (const item of (await page(graph, result, foundSchema, principalSources[read.principalKind].path))) {
        found.push({
          id: item.id,
          displayName: item.displayName ?? item.userPrincipalName ?? item.id,
          kind: read.principalKind,
          isAssignableToRole: item.isAssignableToRole,
        });
      }
    } else existing.push(...(await page(graph, result, roleAssignmentSchema, '/roleManagement/directory/roleAssignments')));
  }

  const plan = planRoleAssignments({ role, directoryScopeId: input.directoryScopeId, scopeObject, principalIds, found, existing });
  if (plan.refusals.length > 0 || !role) {
    const [first] = plan.refusals;
    const blocking = first?.principalId === null;
    return {
      changedPaths: [],
      result: {
        ok: false,
        message: blocking ? (first?.message ?? '') : 'Nothing was added. Fix the following and try again:',
        details: blocking ? undefined : plan.refusals.map((refusal) => refusal.message),
      },
    };
  }

  const roleName = role.displayName;
  const created = await createRoleAssignments(
    graph,
    plan.toCreate.map((principal) => ({ roleDefinitionId: input.roleId, principalId: principal.id, directoryScopeId: input.directoryScopeId })),
  );
  const items: ItemReport[] = plan.toCreate.map((principal, index) => {
    const outcome = created[index];
    if (!outcome || outcome.ok) return { what: principal.displayName, fate: 'done' };
    return { what: principal.displayName, fate: outcome.unknown ? 'unknown' : 'not-done', error: outcome.error };
  });
  const where = `${roleName} at ${plan.scopeName === 'Directory' ? 'Directory scope' : plan.scopeName}`;
  // Whatever may have landed (added or unknown) is re-read by the blades that show it.
  const mayHaveLanded = plan.toCreate.filter((_, index) => items[index]?.fate !== 'not-done');
  const changedPaths = mayHaveLanded.length === 0 ? [] : pathsToRevalidate(input, mayHaveLanded);
  return { changedPaths, result: additionResult(where, items) };
}

function single<S extends z.ZodType>(result: BatchItemResult, schema: S): z.infer<S> | null {
  if (!result.ok) {
    if (result.status === 404) return null;
    throw result.error;
  }
  return schema.parse(result.body);
}

async function page<S extends z.ZodType>(graph: GraphClient, result: BatchItemResult, schema: S, path: string): Promise<z.infer<S>[]> {
  if (!result.ok) throw result.error;
  return (await graph.listFrom(result.body, schema, { path })).items;
}

function pathsToRevalidate(input: AddRoleAssignmentsInput, landed: FoundPrincipal[]): string[] {
  const scope = parseDirectoryScopeId(input.directoryScopeId);
  const paths = ['/roles', `/roles/${input.roleId}`];
  if (scope?.kind === 'administrativeUnit') paths.push(`/admin-units/${scope.id}`);
  if (scope?.kind === 'application') paths.push(`/app-registrations/${scope.id}`);
  for (const principal of landed) {
    if (principal.kind === 'user') paths.push(`/users/${principal.id}`);
    // A group's Assigned roles; its members' blades show the role as inherited, and are read afresh when opened.
    if (principal.kind === 'group') paths.push(`/groups/${principal.id}`);
  }
  return paths;
}
