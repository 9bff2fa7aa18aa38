import type { GraphClient } from './client';
import { assertGuid, chunk, eq, inList, isGuid, searchAny, segment, withQuery } from './odata';
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
 * The users among `ids` (others are left out), read 15 ids to an `in` list, all lists in one `$batch`.
 * Throws InvalidIdError before any request when an id is malformed.
 */
export async function listUsersByIds(graph: GraphClient, ids: readonly string[]): Promise<User[]> {
  const unique = [...new Set(ids.map((id) => assertGuid(id, 'user').toLowerCase()))];
  if (unique.length === 0) return [];
  const urls = chunk(unique, 15).map((part) => withQuery('/users', { $filter: part.length === 1 ? eq('id', part[0] as string) : inList('id', part), $select: select }));
  const results = await graph.batch(urls.map((url) => ({ method: 'GET' as const, url })));
  const users: User[] = [];
  for (const result of results) {
    if (!result.ok) throw result.error;
    users.push(...(await graph.listFrom(result.body, userSchema, { path: '/users' })).items);
  }
  return users;
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
