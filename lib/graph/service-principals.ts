import type { GraphClient } from './client';
import { eq, isGuid, segment, withQuery } from './odata';
import { listByDisplayName } from './paging';
import { servicePrincipalFields, servicePrincipalSchema, type ServicePrincipal } from './schemas';

const select = servicePrincipalFields.join(',');

/** Service principals (enterprise apps), optionally matching `search` on display name. */
export async function listServicePrincipals(
  graph: GraphClient,
  options: { search?: string } = {},
): Promise<ServicePrincipal[]> {
  return listByDisplayName(graph, '/servicePrincipals', select, servicePrincipalSchema, options.search);
}

export async function getServicePrincipal(graph: GraphClient, id: string): Promise<ServicePrincipal | null> {
  if (!isGuid(id)) return null;
  return graph.find(withQuery(`/servicePrincipals/${segment(id)}`, { $select: select }), servicePrincipalSchema);
}

/** The service principal of an app registration, found by the app's appId (client id). */
export async function getServicePrincipalByAppId(graph: GraphClient, appId: string): Promise<ServicePrincipal | null> {
  if (!isGuid(appId)) return null;
  const { items } = await graph.list(
    withQuery('/servicePrincipals', { $filter: eq('appId', appId), $select: select }),
    servicePrincipalSchema,
  );
  return items[0] ?? null;
}
