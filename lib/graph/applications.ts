import type { GraphClient } from './client';
import { listDisplayNames } from './display-names';
import { isGuid, segment, withQuery } from './odata';
import { listByDisplayName } from './paging';
import { applicationFields, applicationSchema, type Application } from './schemas';

const select = applicationFields.join(',');

/** App registrations, optionally matching `search` on display name. */
export async function listApplications(graph: GraphClient, options: { search?: string } = {}): Promise<Application[]> {
  return listByDisplayName(graph, '/applications', select, applicationSchema, options.search);
}

/** An app registration by its object id (not its appId): app-scoped roles use `/{objectId}`. */
export async function getApplication(graph: GraphClient, id: string): Promise<Application | null> {
  if (!isGuid(id)) return null;
  return graph.find(withQuery(`/applications/${segment(id)}`, { $select: select }), applicationSchema);
}

/** Display names of app registrations by object id (lower-cased keys); apps that don't exist are left out. */
export function listApplicationNames(graph: GraphClient, ids: readonly string[]): Promise<Map<string, string>> {
  return listDisplayNames(graph, '/applications', ids);
}
