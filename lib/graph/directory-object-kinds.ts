// What kind of directory object Graph returned, from its `@odata.type`, and Entra's word for each kind. Plain data
// and functions, no zod: client components import the labels.

export const directoryObjectKinds = ['user', 'group', 'servicePrincipal', 'device'] as const;
export type DirectoryObjectKind = (typeof directoryObjectKinds)[number];

/** The kinds that can hold a role (a role-assignable group, a user, a service principal). */
export const principalKinds = ['user', 'group', 'servicePrincipal'] as const;
export type PrincipalKind = (typeof principalKinds)[number];

const byODataType: Record<string, DirectoryObjectKind> = {
  'microsoft.graph.user': 'user',
  'microsoft.graph.group': 'group',
  'microsoft.graph.serviceprincipal': 'servicePrincipal',
  'microsoft.graph.device': 'device',
};

/**
 * The kind named by an object's `@odata.type` (`#microsoft.graph.user` → `user`; case and the leading `#` don't
 * matter), or undefined for another type or none: Graph leaves the type out when `$select` drops it.
 */
export function directoryObjectKind(object: { '@odata.type'?: string | null } | null | undefined): DirectoryObjectKind | undefined {
  const type = object?.['@odata.type']?.toLowerCase().replace(/^#/, '');
  return type === undefined ? undefined : byODataType[type];
}

/** Entra's words for each kind, as the admin center lists members and role holders. */
export const directoryObjectKindLabels: Record<DirectoryObjectKind, string> = {
  user: 'User',
  group: 'Group',
  servicePrincipal: 'Service principal',
  device: 'Device',
};

/**
 * Entra's word for a kind spelled any way Graph spells it: `servicePrincipal` in a role assignment's principal,
 * `ServicePrincipal` in an audit log's target; undefined for a type that isn't a directory object kind.
 */
export function directoryObjectKindLabel(type: string | null | undefined): string | undefined {
  const kind = directoryObjectKinds.find((candidate) => candidate.toLowerCase() === type?.toLowerCase());
  return kind && directoryObjectKindLabels[kind];
}

/** The Graph collection each principal kind is read from. */
export const principalCollections: Record<PrincipalKind, string> = {
  user: '/users',
  group: '/groups',
  servicePrincipal: '/servicePrincipals',
};
