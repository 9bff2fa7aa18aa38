import { z } from 'zod';
import type { BatchRequest, GraphClient } from './client';
import { GraphResponseError } from './errors';
import { eq, searchAny, withQuery } from './odata';
import { principalCollections, principalKinds, type PrincipalKind } from './directory-object-kinds';
import { directoryObjectSchema } from './schemas';

export { principalKinds, type PrincipalKind } from './directory-object-kinds';

export const principalSchema = z.object({
  id: z.guid(),
  displayName: z.string(),
  kind: z.enum(principalKinds),
  /** UPN for a user, appId for a service principal, description (or nothing) for a group. */
  detail: z.string().nullable(),
});
export type Principal = z.infer<typeof principalSchema>;

export type SearchPrincipalsOptions = {
  types?: readonly PrincipalKind[];
  /** Per type (default 20). A picker shows the first matches and says when there are more. */
  top?: number;
};

const requestFor: Record<PrincipalKind, (search: string | undefined, top: number) => BatchRequest> = {
  user: (search, top) => ({
    method: 'GET',
    url: withQuery(principalCollections.user, {
      $search: search === undefined ? undefined : searchAny(['displayName', 'userPrincipalName'], search),
      $select: 'id,displayName,userPrincipalName',
      $top: top,
    }),
    eventual: true,
  }),
  // Only role-assignable groups can hold a role, so the picker never offers another kind.
  group: (search, top) => ({
    method: 'GET',
    url: withQuery(principalCollections.group, {
      $filter: eq('isAssignableToRole', true),
      $search: search === undefined ? undefined : searchAny(['displayName'], search),
      $select: 'id,displayName,description,isAssignableToRole',
      $top: top,
    }),
    eventual: true,
  }),
  servicePrincipal: (search, top) => ({
    method: 'GET',
    url: withQuery(principalCollections.servicePrincipal, {
      $search: search === undefined ? undefined : searchAny(['displayName'], search),
      $select: 'id,displayName,appId',
      $top: top,
    }),
    eventual: true,
  }),
};

const searchPageSchema = z.object({
  value: z.array(directoryObjectSchema.extend({ description: z.string().nullish() })),
  '@odata.nextLink': z.string().optional(),
});

/**
 * Users, role-assignable groups and service principals matching `query`, in ONE `$batch` with up to three
 * searches. Returns the first `top` matches of each kind and whether any kind had more.
 */
export async function searchPrincipals(
  graph: GraphClient,
  query: string,
  options: SearchPrincipalsOptions = {},
): Promise<{ principals: Principal[]; hasMore: boolean }> {
  const kinds = [...new Set(options.types ?? principalKinds)];
  if (kinds.length === 0) return { principals: [], hasMore: false };
  const top = Math.min(Math.max(1, Math.floor(options.top ?? 20)), 100);
  const search = query.trim() === '' ? undefined : query;
  const results = await graph.batch(kinds.map((kind) => requestFor[kind](search, top)));

  const principals: Principal[] = [];
  let hasMore = false;
  results.forEach((result, index) => {
    if (!result.ok) throw result.error;
    const kind = kinds[index] as PrincipalKind;
    const parsed = searchPageSchema.safeParse(result.body);
    if (!parsed.success) throw new GraphResponseError(`Unexpected ${kind} search page: ${parsed.error.issues[0]?.message ?? ''}`);
    const page = parsed.data;
    // A next page means more matches: no $count, which would make Graph count every match of a short search.
    hasMore ||= Boolean(page['@odata.nextLink']);
    for (const item of page.value) {
      principals.push({
        id: item.id,
        displayName: item.displayName ?? item.userPrincipalName ?? item.id,
        kind,
        detail: (kind === 'user' ? item.userPrincipalName : kind === 'servicePrincipal' ? item.appId : item.description) ?? null,
      });
    }
  });
  return { principals, hasMore };
}
