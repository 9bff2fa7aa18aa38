import type { GraphClient } from './client';
import { listEach } from './batched-lists';
import { anyOf, assertGuid, inChunks, isGuid, searchAny, segment, withQuery } from './odata';
import { readPage, type DirectoryPage } from './paging';
import { meFields, memberOfGroupSchema, meSchema, userFields, userSchema, type Me, type MemberOfGroup, type User } from './schemas';

const select = userFields.join(',');

/**
 * Users, optionally matching `search` on display name or UPN. Every page is followed; `top` is the page size.
 * `count` is Graph's `@odata.count` for the whole result.
 */
export async function listUsers(
  graph: GraphClient,
  options: { search?: string; top?: number } = {},
): Promise<{ users: User[]; count: number | undefined }> {
  const search = options.search === undefined ? undefined : searchAny(['displayName', 'userPrincipalName'], options.search);
  const { items, count } = await graph.list(
    withQuery('/users', { $search: search, $select: select, $top: options.top, $count: true }),
    userSchema,
    // $search and $count are advanced queries: ConsistencyLevel on the first page and every next one.
    { eventual: true },
  );
  return { users: items, count };
}

export async function getUser(graph: GraphClient, id: string): Promise<User | null> {
  if (!isGuid(id)) return null;
  return graph.find(withQuery(`/users/${segment(id)}`, { $select: select }), userSchema);
}

/**
 * The users among `ids` (others are left out), read MAX_IN_VALUES ids to an `in` list, all lists in one `$batch`.
 * Throws InvalidIdError before any request when an id is malformed.
 */
export async function listUsersByIds(graph: GraphClient, ids: readonly string[]): Promise<User[]> {
  const unique = [...new Set(ids.map((id) => assertGuid(id, 'user').toLowerCase()))];
  if (unique.length === 0) return [];
  const urls = inChunks(unique).map((part) => withQuery('/users', { $filter: anyOf('id', part), $select: select }));
  return (await listEach(graph, urls, userSchema, { path: '/users' })).flat();
}

/**
 * One page of All users: `$search` on name and UPN when `search` is not blank (ConsistencyLevel: eventual),
 * sorted by display name, `top` per page, with the total from `$count`, from `cursor` (a `$skiptoken`) on.
 */
export async function listUsersPage(
  graph: GraphClient,
  options: { search: string; top: number; cursor: string | null },
): Promise<DirectoryPage<User>> {
  const search = options.search.trim() ? searchAny(['displayName', 'userPrincipalName'], options.search) : undefined;
  return readPage(graph, '/users', { $search: search, $select: select, $orderby: 'displayName', $top: options.top, $count: true }, userSchema, options.cursor);
}

/** The signed-in user. */
export async function getMe(graph: GraphClient): Promise<Me> {
  return graph.get(withQuery('/me', { $select: meFields.join(',') }), meSchema);
}

/** The groups a user is a direct member of, with isAssignableToRole (v1.0 has no transitive role read). */
export async function listUserMemberOf(graph: GraphClient, userId: string): Promise<MemberOfGroup[]> {
  const { items } = await graph.list(
    withQuery(`/users/${segment(assertGuid(userId, 'user'))}/memberOf/microsoft.graph.group`, {
      $select: 'id,displayName,isAssignableToRole',
    }),
    memberOfGroupSchema,
  );
  return items;
}
