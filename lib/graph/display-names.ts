import { z } from 'zod';
import { inChunks, inList, withQuery } from './odata';
import type { GraphClient } from './types';

const namedObjectSchema = z.object({ id: z.guid(), displayName: z.string().nullish() });

/**
 * Display names of objects in one collection by id, keyed by lower-cased id: `id in (…)` lists in parallel, one
 * round trip however many ids. An object without a name is named by its id; one that doesn't exist is left out.
 */
export async function listDisplayNames(graph: GraphClient, collection: string, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const pages = await Promise.all(
    inChunks(ids).map((part) => graph.list(withQuery(collection, { $filter: inList('id', part), $select: 'id,displayName' }), namedObjectSchema)),
  );
  for (const page of pages) for (const item of page.items) names.set(item.id.toLowerCase(), item.displayName ?? item.id);
  return names;
}
