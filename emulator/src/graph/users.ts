import type { Context } from 'hono';
import { isGuid } from '../seed/ids';
import type { Params } from '../store/db';
import { permissions, requireDelegated, requirePermission } from './authorize';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import { userSpec } from './entities';
import { notFound } from './errors';
import { countCollection, getOne, listCollection } from './list';
import { listCast, listMixed } from './members';

/** Groups and administrative units the user is a direct member of. */
const memberOfSql = (userId: string) => (params: Params) => {
  const ref = params.add(userId);
  return `select group_id as id from group_members where member_id = ${ref}::uuid
          union all select administrative_unit_id as id from administrative_unit_members where member_id = ${ref}::uuid`;
};

/** Direct memberships plus the groups those groups belong to (ordinary groups may nest). */
const transitiveMemberOfSql = (userId: string) => (params: Params) => {
  const ref = params.add(userId);
  return `with recursive up(id) as (
            select group_id from group_members where member_id = ${ref}::uuid
            union select m.group_id from group_members m join up on m.member_id = up.id)
          select id from up
          union all select administrative_unit_id from administrative_unit_members where member_id = ${ref}::uuid`;
};

/** Resolves `{id | userPrincipalName}` to the user's id, 404 when there is none. */
async function resolveUserId(deps: GraphDeps, idOrUpn: string): Promise<string> {
  const byId = isGuid(idOrUpn);
  const result = await deps.store.db.query<{ id: string }>(
    byId ? 'select id from users where id = $1::uuid' : 'select id from users where lower(user_principal_name) = lower($1)',
    [byId ? idOrUpn.toLowerCase() : idOrUpn],
  );
  const id = result.rows[0]?.id;
  if (!id) throw notFound(idOrUpn);
  return id;
}

export function registerUserRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;

  app.get('/v1.0/users', async (c) => {
    requirePermission(c, permissions.readUsers);
    return listCollection(c, db, userSpec, 'users', { countNeedsConsistencyLevel: true });
  });

  // Before /users/:id, which would read `$count` as a user id.
  app.get('/v1.0/users/$count', async (c) => {
    requirePermission(c, permissions.readUsers);
    return countCollection(c, db, userSpec);
  });

  const getUser = async (c: Context<GraphEnv>, idOrUpn: string) => {
    const id = await resolveUserId(deps, idOrUpn);
    return getOne(c, db, userSpec, 'users', (params) => [`u.id = ${params.add(id)}::uuid`], idOrUpn);
  };

  app.get('/v1.0/users/:id', async (c) => {
    requirePermission(c, permissions.readUsers);
    return getUser(c, c.req.param('id'));
  });

  app.get('/v1.0/me', async (c) => {
    const caller = requireDelegated(c);
    requirePermission(c, permissions.readMe);
    return getUser(c, caller.userId);
  });

  for (const [relation, sql] of [
    ['memberOf', memberOfSql],
    ['transitiveMemberOf', transitiveMemberOfSql],
  ] as const) {
    app.get(`/v1.0/users/:id/${relation}`, async (c) => {
      requirePermission(c, permissions.readUsers);
      return listMixed(c, db, sql(await resolveUserId(deps, c.req.param('id'))));
    });
    app.get(`/v1.0/users/:id/${relation}/:cast`, async (c) => {
      requirePermission(c, permissions.readUsers);
      return listCast(c, db, c.req.param('cast'), sql(await resolveUserId(deps, c.req.param('id'))), ['group', 'administrativeUnit']);
    });
    app.get(`/v1.0/me/${relation}`, async (c) => {
      const caller = requireDelegated(c);
      requirePermission(c, permissions.readMe);
      return listMixed(c, db, sql(caller.userId));
    });
    app.get(`/v1.0/me/${relation}/:cast`, async (c) => {
      const caller = requireDelegated(c);
      requirePermission(c, permissions.readMe);
      return listCast(c, db, c.req.param('cast'), sql(caller.userId), ['group', 'administrativeUnit']);
    });
  }
}
