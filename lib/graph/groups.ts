import type { GraphClient } from './client';
import { assertGuid, eq, isGuid, searchAny, segment, withQuery } from './odata';
import { directoryObjectSchema, groupFields, groupSchema, type DirectoryObject, type Group } from './schemas';

const select = groupFields.join(',');

/** Groups, optionally only role-assignable ones (the only groups that can hold a role) and matching `search`. */
export async function listGroups(
  graph: GraphClient,
  options: { roleAssignableOnly?: boolean; search?: string } = {},
): Promise<Group[]> {
  const { items } = await graph.list(
    withQuery('/groups', {
      $filter: options.roleAssignableOnly ? eq('isAssignableToRole', true) : undefined,
      $search: options.search === undefined ? undefined : searchAny(['displayName'], options.search),
      $select: select,
      $count: true,
    }),
    groupSchema,
    { eventual: true },
  );
  return items;
}

export async function getGroup(graph: GraphClient, id: string): Promise<Group | null> {
  if (!isGuid(id)) return null;
  return graph.find(withQuery(`/groups/${segment(id)}`, { $select: select }), groupSchema);
}

/** Direct members (role-assignable groups can't nest, so direct is all there is for role inheritance). */
export async function listGroupMembers(graph: GraphClient, groupId: string): Promise<DirectoryObject[]> {
  const { items } = await graph.list(
    withQuery(`/groups/${segment(assertGuid(groupId, 'group'))}/members`, {
      $select: 'id,displayName,userPrincipalName,mail,appId,userType',
    }),
    directoryObjectSchema,
  );
  return items;
}

/** Adds a user or service principal through members/$ref (204). */
export async function addGroupMember(graph: GraphClient, groupId: string, memberId: string): Promise<void> {
  const group = assertGuid(groupId, 'group');
  const member = assertGuid(memberId, 'member');
  await graph.postNoContent(`/groups/${segment(group)}/members/$ref`, {
    '@odata.id': `${graph.baseUrl}/directoryObjects/${segment(member)}`,
  });
}

export async function removeGroupMember(graph: GraphClient, groupId: string, memberId: string): Promise<void> {
  const group = assertGuid(groupId, 'group');
  const member = assertGuid(memberId, 'member');
  await graph.delete(`/groups/${segment(group)}/members/${segment(member)}/$ref`);
}

export type CreateGroupInput = {
  displayName: string;
  description?: string;
  mailNickname: string;
  /** Set only at creation and never changed; needs a security group that is not dynamic. */
  isAssignableToRole: boolean;
  securityEnabled?: boolean;
  mailEnabled?: boolean;
  /** `['Unified']` for a Microsoft 365 group; empty (the default) for a security group. */
  groupTypes?: string[];
};

/** Creates an assigned-membership group. Not retried after a 5xx: Graph may have created it. */
export async function createGroup(graph: GraphClient, input: CreateGroupInput): Promise<Group> {
  return graph.post(
    '/groups',
    {
      displayName: input.displayName,
      ...(input.description ? { description: input.description } : {}),
      mailNickname: input.mailNickname,
      mailEnabled: input.mailEnabled ?? false,
      securityEnabled: input.securityEnabled ?? true,
      isAssignableToRole: input.isAssignableToRole,
      groupTypes: input.groupTypes ?? [],
    },
    groupSchema,
  );
}
