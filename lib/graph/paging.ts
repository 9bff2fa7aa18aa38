import type { z } from 'zod';
import { GraphPagingLimitError, GraphResponseError } from './errors';
import { searchAny, withQuery, type QueryValue } from './odata';
import { collectionPageSchema } from './schemas';
import { summarizeIssues, type Transport } from './transport';
import type { GraphClient, ListOptions, ListResult } from './types';

// Graph's two ways through a long list: follow every `@odata.nextLink` to the end (collectPages), or read one
// server-driven page at a time for a blade that shows a page (readPage, with the next page's `$skiptoken`).

/** Every item of a list from its first page on, following nextLink; throws past `maxPages` rather than truncate. */
export async function collectPages<S extends z.ZodType>(
  transport: Transport,
  first: { body: unknown; requestId?: string },
  itemSchema: S,
  path: string,
  options: ListOptions & { maxPages: number },
): Promise<ListResult<z.infer<S>>> {
  const items: z.infer<S>[] = [];
  let count: number | undefined;
  let body = first.body;
  let requestId = first.requestId;
  for (let page = 1; ; page++) {
    const parsedPage = collectionPageSchema.safeParse(body);
    if (!parsedPage.success) throw new GraphResponseError(`Unexpected page of ${path}: ${summarizeIssues(parsedPage.error)}`, requestId);
    if (page === 1) count = parsedPage.data['@odata.count'];
    for (const value of parsedPage.data.value) {
      const item = itemSchema.safeParse(value);
      if (!item.success) throw new GraphResponseError(`Unexpected item in ${path}: ${summarizeIssues(item.error)}`, requestId);
      items.push(item.data);
    }
    if (options.maxItems !== undefined && items.length >= options.maxItems) return { items: items.slice(0, options.maxItems), count };
    const next = parsedPage.data['@odata.nextLink'];
    if (!next) return { items, count };
    if (page >= options.maxPages) throw new GraphPagingLimitError(path, options.maxPages);
    const raw = await transport.send('GET', next, { mode: 'safe', headers: options.headers, eventual: options.eventual, signal: options.signal });
    body = raw.body;
    requestId = raw.requestId;
  }
}

/**
 * One server-driven page of a Graph list, as the Users, Groups and role blades show them. `cursor` is the
 * `$skiptoken` of an earlier page's `@odata.nextLink` (the portal keeps only the token in its own URL, never
 * Graph's link, which would carry Graph's host into the address bar); the rest of the query is rebuilt each time.
 */
export type DirectoryPage<T> = { items: T[]; count: number | undefined; nextCursor: string | null };

export async function readPage<S extends z.ZodType>(
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

/**
 * Every object of a collection, or (given `search`) those whose display name matches: `$search` with `$count` and
 * `ConsistencyLevel: eventual`, as Graph requires of an advanced query, only when there is a search.
 */
export async function listByDisplayName<S extends z.ZodType>(
  graph: GraphClient,
  collection: string,
  select: string,
  itemSchema: S,
  search: string | undefined,
): Promise<z.infer<S>[]> {
  const $search = search === undefined ? undefined : searchAny(['displayName'], search);
  // Every object is read: Graph's largest page (999, where the default is 100) keeps that to one round for most
  // tenants, so the Add panel's scope list doesn't add a chain of pages to the blade that reads it.
  const query = { $search, $select: select, $count: $search ? true : undefined, $top: $search ? undefined : 999 };
  return (await graph.list(withQuery(collection, query), itemSchema, { eventual: Boolean($search) })).items;
}
