import { z } from 'zod';
import { withQuery } from './odata';
import type { BatchItemResult, BatchRequest, GraphClient } from './types';

// Many lists in one round trip: every first page in `$batch` calls (20 items each, in parallel), then each list
// that has more pages continues through its `@odata.nextLink`. Graph answers a `$batch` item with one page only.

/** A batch item's list, every page followed; a failed item throws its GraphError. */
export async function listFromBatchItem<S extends z.ZodType>(
  graph: GraphClient,
  result: BatchItemResult,
  itemSchema: S,
  path: string,
): Promise<z.infer<S>[]> {
  if (!result.ok) throw result.error;
  return (await graph.listFrom(result.body, itemSchema, { path })).items;
}

export type ListEachOptions = {
  /** Names the lists in errors (`/users`), since a nextLink says nothing readable. */
  path: string;
  /** A 404 (the collection's owner is gone) is an empty list instead of an error. */
  notFoundAsEmpty?: boolean;
};

/** One list per request, in order: the GETs in one round of `$batch`, then each result's nextLink followed. */
export async function listEach<S extends z.ZodType>(
  graph: GraphClient,
  requests: ReadonlyArray<string | Omit<BatchRequest, 'method'>>,
  itemSchema: S,
  options: ListEachOptions,
): Promise<z.infer<S>[][]> {
  if (requests.length === 0) return [];
  const results = await graph.batch(
    requests.map((request) => (typeof request === 'string' ? { method: 'GET', url: request } : { ...request, method: 'GET' })),
  );
  return Promise.all(
    results.map((result) =>
      !result.ok && result.status === 404 && options.notFoundAsEmpty ? [] : listFromBatchItem(graph, result, itemSchema, options.path),
    ),
  );
}

const countPageSchema = z.object({ '@odata.count': z.number().int() });

/**
 * How many objects each collection holds (`/groups/{id}/members`, say), in one round of `$batch`:
 * `?$count=true&$top=1&$select=id` with `ConsistencyLevel: eventual`, which Graph and the emulator both answer,
 * never one request per row. A count that fails is null, not an error: a blade still shows its rows.
 */
export async function countEach(graph: GraphClient, collectionPaths: readonly string[]): Promise<Array<number | null>> {
  if (collectionPaths.length === 0) return [];
  const results = await graph.batch(
    collectionPaths.map((path) => ({ method: 'GET' as const, url: withQuery(path, { $count: true, $top: 1, $select: 'id' }), eventual: true })),
  );
  return results.map((result) => {
    const parsed = result.ok ? countPageSchema.safeParse(result.body) : undefined;
    return parsed?.success ? parsed.data['@odata.count'] : null;
  });
}
