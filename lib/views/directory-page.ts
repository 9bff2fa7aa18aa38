import { z } from 'zod';
import { collectionPageSchema, GraphResponseError, withQuery, type GraphClient, type QueryValue } from '@/lib/graph/server';

/**
 * One server-driven page of a Graph list, as the Users and Groups blades show them. `cursor` is the `$skiptoken`
 * of an earlier page's `@odata.nextLink` (the portal keeps only the token in its own URL, never Graph's link,
 * which would carry Graph's host into the address bar); the rest of the query is rebuilt from the blade's state.
 */
export type DirectoryPage<T> = { items: T[]; count: number | undefined; nextCursor: string | null };

export async function readDirectoryPage<S extends z.ZodType>(
  graph: GraphClient,
  path: string,
  query: Record<string, QueryValue>,
  itemSchema: S,
  cursor: string | null,
): Promise<DirectoryPage<z.infer<S>>> {
  const page = await graph.get(withQuery(path, { ...query, $skiptoken: cursor ?? undefined }), collectionPageSchema, { eventual: true });
  const items = page.value.map((value) => {
    const parsed = itemSchema.safeParse(value);
    if (!parsed.success) throw new GraphResponseError(`Unexpected item in ${path}: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data as z.infer<S>;
  });
  return { items, count: page['@odata.count'], nextCursor: skipTokenOf(page['@odata.nextLink']) };
}

/** The `$skiptoken` of a nextLink, or null when there is no next page. */
export function skipTokenOf(nextLink: string | undefined): string | null {
  if (!nextLink) return null;
  try {
    return new URL(nextLink).searchParams.get('$skiptoken');
  } catch {
    return null;
  }
}
