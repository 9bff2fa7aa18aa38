import type { GraphClient } from './client';
import { isGuid, searchAny, segment, withQuery } from './odata';
import { applicationFields, applicationSchema, type Application } from './schemas';

const select = applicationFields.join(',');

/** App registrations, optionally matching `search` on display name. */
export async function listApplications(graph: GraphClient, options: { search?: string } = {}): Promise<Application[]> {
  const search = options.search === undefined ? undefined : searchAny(['displayName'], options.search);
  const { items } = await graph.list(
    withQuery('/applications', { $search: search, $select: select, $count: search ? true : undefined }),
    applicationSchema,
    { eventual: Boolean(search) },
  );
  return items;
}

/** An app registration by its object id (not its appId): app-scoped roles use `/{objectId}`. */
export async function getApplication(graph: GraphClient, id: string): Promise<Application | null> {
  if (!isGuid(id)) return null;
  return graph.find(withQuery(`/applications/${segment(id)}`, { $select: select }), applicationSchema);
}
