import { permissions, requirePermission } from './authorize';
import type { GraphApp, GraphDeps } from './context';
import { applicationSpec, servicePrincipalSpec } from './entities';
import { countCollection, getOne, listCollection } from './list';
import { requireGuid } from './query';

/** Read-only app registrations and service principals (the scopes and principals of assignments). */
export function registerApplicationRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;

  app.get('/v1.0/applications', async (c) => {
    requirePermission(c, permissions.readApplications);
    return listCollection(c, db, applicationSpec, 'applications', { countNeedsConsistencyLevel: true });
  });

  app.get('/v1.0/applications/$count', async (c) => {
    requirePermission(c, permissions.readApplications);
    return countCollection(c, db, applicationSpec);
  });

  app.get('/v1.0/applications/:id', async (c) => {
    requirePermission(c, permissions.readApplications);
    const id = requireGuid(c.req.param('id'));
    return getOne(c, db, applicationSpec, 'applications', (params) => [`a.id = ${params.add(id)}::uuid`], id);
  });

  app.get('/v1.0/servicePrincipals', async (c) => {
    requirePermission(c, permissions.readApplications);
    return listCollection(c, db, servicePrincipalSpec, 'servicePrincipals', { countNeedsConsistencyLevel: true });
  });

  app.get('/v1.0/servicePrincipals/$count', async (c) => {
    requirePermission(c, permissions.readApplications);
    return countCollection(c, db, servicePrincipalSpec);
  });

  app.get('/v1.0/servicePrincipals/:id', async (c) => {
    requirePermission(c, permissions.readApplications);
    const id = requireGuid(c.req.param('id'));
    return getOne(c, db, servicePrincipalSpec, 'servicePrincipals', (params) => [`s.id = ${params.add(id)}::uuid`], id);
  });
}
