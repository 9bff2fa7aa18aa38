import type { GraphClient } from './client';
import { isGuid, segment, withQuery } from './odata';
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

/** The path that reads one role by id, for a request of its own or an item of a `$batch`. */
export function roleDefinitionPath(id: string): string {
  return withQuery(`/roleManagement/directory/roleDefinitions/${segment(id)}`, { $select: select });
}

/** A role by id (built-ins: id = templateId); null when it does not exist or the id is malformed. */
export async function getRoleDefinition(graph: GraphClient, id: string): Promise<RoleDefinition | null> {
  if (!isGuid(id)) return null;
  return graph.find(roleDefinitionPath(id), roleDefinitionSchema);
}
