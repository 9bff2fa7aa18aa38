import 'server-only';
import { cache } from 'react';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import {
  getApplication,
  getServicePrincipalByAppId,
  isGuid,
  listApplications,
  type Application,
  type ServicePrincipal,
} from '@/lib/graph/server';

export type ApplicationRow = {
  /** The application object id: app-scoped assignments use "/{id}". */
  id: string;
  appId: string;
  displayName: string;
  createdDateTime: string | null;
};

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The App registrations list: one Graph request. */
export async function loadApplicationRows(): Promise<ApplicationRow[]> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () =>
    (await listApplications(graph))
      .map((app) => ({ id: app.id, appId: app.appId, displayName: app.displayName, createdDateTime: app.createdDateTime ?? null }))
      .sort((a, b) => byName.compare(a.displayName, b.displayName)),
  );
}

/** The app registration, read once per request; null when the id is malformed or unknown. */
export const loadApplication = cache(async (applicationId: string): Promise<Application | null> => {
  if (!isGuid(applicationId)) return null;
  const graph = await requireGraph();
  return withSignInOnUnauthorized(() => getApplication(graph, applicationId));
});

/** The app's service principal (its enterprise application) in this tenant, if it has one. */
export async function loadServicePrincipalOf(app: Application): Promise<ServicePrincipal | null> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(() => getServicePrincipalByAppId(graph, app.appId));
}
