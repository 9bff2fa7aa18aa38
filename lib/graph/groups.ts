import { z } from 'zod';
import type { GraphClient } from './client';
import { GraphResponseError } from './errors';
import { countEach, listEach } from './batched-lists';
import { assertGuid, eq, isGuid, searchAny, segment, withQuery } from './odata';
import { readPage, type DirectoryPage } from './paging';
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

/**
 * One page of All groups: `$search` on name when `search` is not blank, optionally role-assignable groups only,
 * sorted by name, `top` per page, with the total from `$count`, from `cursor` (a `$skiptoken`) on.
 */
export async function listGroupsPage(
  graph: GraphClient,
  options: { search: string; roleAssignableOnly: boolean; top: number; cursor: string | null },
): Promise<DirectoryPage<Group>> {
  return readPage(
    graph,
    '/groups',
    {
      $filter: options.roleAssignableOnly ? eq('isAssignableToRole', true) : undefined,
      $search: options.search.trim() ? searchAny(['displayName'], options.search) : undefined,
      $select: select,
      $orderby: 'displayName',
      $top: options.top,
      $count: true,
    },
    groupSchema,
    options.cursor,
  );
}

const membersPath = (groupId: string) => `/groups/${segment(groupId)}/members`;

/** Direct member counts of groups, in one round of `$batch`; a count that fails is null. */
export async function countGroupMembers(graph: GraphClient, groupIds: readonly string[]): Promise<Map<string, number | null>> {
  const ids = [...new Set(groupIds)];
  const counts = await countEach(graph, ids.map(membersPath));
  return new Map(ids.map((id, index) => [id, counts[index] ?? null]));
}

/**
 * Direct members of each group (id, name, UPN, appId, user type and type), keyed by group id as given: one `$batch` for all
 * of them, a group of more than a page continued through its nextLink. A group deleted meanwhile has none.
 */
export async function listMembersOfGroups(graph: GraphClient, groupIds: readonly string[]): Promise<Map<string, DirectoryObject[]>> {
  const lists = await listEach(
    graph,
    groupIds.map((id) => withQuery(membersPath(id), { $select: 'id,displayName,userPrincipalName,appId,userType' })),
    directoryObjectSchema,
    { path: '/groups/{id}/members', notFoundAsEmpty: true },
  );
  return new Map(groupIds.map((id, index) => [id, lists[index] ?? []]));
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

const membersPreviewSchema = z.object({
  value: z.array(z.object({ id: z.guid(), displayName: z.string().nullish() })),
  '@odata.count': z.number().int().nonnegative(),
});

/** A group's member count and its first few members; null when the group no longer exists. */
export type GroupMembersPreview = { count: number; members: Array<{ id: string; displayName: string | null }> } | null;

/**
 * How many members each group has, and the first `top` members Graph lists: one `/members?$count=true&$top=…` per
 * group, all in ONE `$batch` (a batch of 20 per call, the calls in parallel). Direct members are everyone who
 * holds a group's roles: a role-assignable group can't contain groups, so there is nothing transitive to add.
 * `$count` on members is an advanced query and needs `ConsistencyLevel: eventual`.
 */
export async function listGroupMembersPreviews(
  graph: GraphClient,
  groupIds: readonly string[],
  options: { top?: number } = {},
): Promise<Map<string, GroupMembersPreview>> {
  const ids = [...new Set(groupIds.map((id) => assertGuid(id, 'group').toLowerCase()))];
  const top = Math.min(Math.max(1, Math.floor(options.top ?? 5)), 100);
  const results = await graph.batch(
    ids.map((id) => ({
      method: 'GET' as const,
      url: withQuery(`/groups/${segment(id)}/members`, { $select: 'id,displayName', $top: top, $count: true }),
      eventual: true,
    })),
  );
  const previews = new Map<string, GroupMembersPreview>();
  results.forEach((result, index) => {
    const id = ids[index] as string;
    if (!result.ok) {
      if (result.status === 404) return void previews.set(id, null);
      throw result.error;
    }
    const page = membersPreviewSchema.safeParse(result.body);
    if (!page.success) throw new GraphResponseError(`Unexpected members page of group ${id}: ${page.error.issues[0]?.message ?? ''}`);
    previews.set(id, { count: page.data['@odata.count'], members: page.data.value.slice(0, top).map((m) => ({ id: m.id, displayName: m.displayName ?? null })) });
  });
  return previews;
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
