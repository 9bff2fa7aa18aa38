// The Description tab lists a role's permissions grouped by the resource they act on, as Microsoft's
// "permissions reference" does: "microsoft.directory/users/password/update" belongs to "microsoft.directory/users".

export type PermissionGroup<T extends { action: string }> = { resource: string; permissions: T[] };

/** The resource an action acts on: namespace and entity, the first two segments ("microsoft.office365.webPortal/allEntities"). */
export function permissionResource(action: string): string {
  const [namespace, entity] = action.split('/');
  return entity ? `${namespace}/${entity}` : (namespace ?? action);
}

/** Groups in order of first appearance, each group's actions sorted, so related permissions sit together. */
export function groupPermissions<T extends { action: string }>(permissions: readonly T[]): PermissionGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const permission of permissions) {
    const resource = permissionResource(permission.action);
    const list = groups.get(resource);
    if (list) list.push(permission);
    else groups.set(resource, [permission]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([resource, list]) => ({ resource, permissions: [...list].sort((a, b) => a.action.localeCompare(b.action)) }));
}
