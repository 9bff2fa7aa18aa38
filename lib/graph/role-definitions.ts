import type { GraphClient } from './client';
import { GraphError } from './errors';
import { roleDefinitionCreatePlan, roleDefinitionDeletePlan, roleDefinitionUpdatePlan } from './role-definition-plans';
import { eq, isGuid, segment, withQuery } from './odata';
import { roleDefinitionFields, roleDefinitionSchema, type RoleDefinition } from './schemas';

const select = roleDefinitionFields.join(',');

/** All built-in and custom directory roles (about 150), every page followed. */
export async function listRoleDefinitions(graph: GraphClient): Promise<RoleDefinition[]> {
  const { items } = await graph.list(
    withQuery('/roleManagement/directory/roleDefinitions', { $select: select }),
    roleDefinitionSchema,
  );
  return items;
}

/** Roles with this exact display name (Graph compares case-insensitively): how a create whose answer was lost is settled. */
export async function findRoleDefinitionsByName(graph: GraphClient, displayName: string): Promise<RoleDefinition[]> {
  const { items } = await graph.list(
    withQuery('/roleManagement/directory/roleDefinitions', { $select: select, $filter: eq('displayName', displayName) }),
    roleDefinitionSchema,
  );
  return items;
}

/** The path that reads one role by id, for a request of its own or an item of a `$batch`. */
export function roleDefinitionPath(id: string): string {
  return withQuery(`/roleManagement/directory/roleDefinitions/${segment(id)}`, { $select: select });
}

/** A role by id (built-ins: id = templateId); null when it does not exist or the id is malformed. */
export async function getRoleDefinition(graph: GraphClient, id: string): Promise<RoleDefinition | null> {
  if (!isGuid(id)) return null;
  return graph.find(roleDefinitionPath(id), roleDefinitionSchema);
}

/** Creates a custom role (201 with the role). Not retried after a 5xx: Graph may have created it. */
export async function createRoleDefinition(graph: GraphClient, body: Record<string, unknown>): Promise<RoleDefinition> {
  const request = roleDefinitionCreatePlan(body);
  return graph.post(request.url, request.body, roleDefinitionSchema);
}

/**
 * Changes a custom role (204). Sent as a one-item `$batch` because the client has no PATCH of its own; the item's
 * failure is thrown as if the call had been direct.
 */
export async function updateRoleDefinition(graph: GraphClient, id: string, changes: Record<string, unknown>): Promise<void> {
  const request = roleDefinitionUpdatePlan(id, changes);
  const [result] = await graph.batch([{ method: 'PATCH', url: request.url, body: request.body }]);
  if (!result) throw new GraphError({ status: 0, code: 'NetworkError', method: 'PATCH', path: request.url });
  if (!result.ok) throw result.error;
}

/** Deletes a custom role (204); Graph refuses while it is assigned or has PIM schedules. */
export async function deleteRoleDefinition(graph: GraphClient, id: string): Promise<void> {
  await graph.delete(roleDefinitionDeletePlan(id).url);
}
