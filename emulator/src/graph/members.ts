import type { Context } from 'hono';
import { isGuid } from '../seed/ids';
import { Params, type Queryable } from '../store/db';
import type { GraphEnv } from './context';
import { directoryObjectPropertyNames, loadDirectoryObjects } from './directory-objects';
import { directoryObjectSpecs, type DirectoryObjectType } from './entities';
import { badRequest, segmentNotFound, unknownProperty } from './errors';
import { listCollection } from './list';
import { collection } from './respond';
import { defaultPageSize, encodeSkipToken, nextLink, readQuery } from './query';

/** SQL selecting a column `id`: the members (or memberships) of a collection, with its parameters. */
export type IdsSql = (params: Params) => string;

const castTypes: Record<string, DirectoryObjectType> = {
  'microsoft.graph.user': 'user',
  'microsoft.graph.group': 'group',
  'microsoft.graph.serviceprincipal': 'servicePrincipal',
  'microsoft.graph.administrativeunit': 'administrativeUnit',
  'microsoft.graph.application': 'application',
};

const contextNames: Record<DirectoryObjectType, string> = {
  user: 'users',
  group: 'groups',
  servicePrincipal: 'servicePrincipals',
  administrativeUnit: 'directory/administrativeUnits',
  application: 'applications',
};

/**
 * A mixed directoryObject collection (group members, memberOf): each item carries `@odata.type`.
 * Paged by object id in SQL; `$filter` needs a type cast segment (e.g. `/members/microsoft.graph.user`).
 */
export async function listMixed(c: Context<GraphEnv>, db: Queryable, ids: IdsSql) {
  const query = readQuery(c);
  if (query.filter || query.search || query.orderBy) {
    throw badRequest('Filtering, searching or sorting a mixed collection needs a type cast segment, e.g. /microsoft.graph.user.', 'Request_UnsupportedQuery');
  }
  const allowed = directoryObjectPropertyNames();
  const select = query.select?.map((name) => {
    const found = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
    if (!found) throw unknownProperty(name, 'microsoft.graph.directoryObject');
    return found;
  }) ?? null;
  const params = new Params();
  const idsSql = ids(params);
  let count: number | null = null;
  // Without ConsistencyLevel: eventual, Graph silently ignores ?$count=true on directory objects.
  if (query.count && query.consistencyLevelEventual) {
    const counted = await db.query<{ n: number }>(`select count(*)::int as n from (${idsSql}) m`, params.values);
    count = counted.rows[0]?.n ?? 0;
  }
  const size = query.top ?? defaultPageSize;
  const last = query.skipToken?.[0];
  if (query.skipToken && (query.skipToken.length !== 1 || typeof last !== 'string' || !isGuid(last))) throw badRequest('Invalid $skiptoken value.', 'BadRequest');
  const after = query.skipToken ? `where m.id > ${params.add(last)}::uuid` : '';
  const page = await db.query<{ id: string }>(`select m.id from (${idsSql}) m ${after} order by m.id limit ${size + 1}`, params.values);
  const pageIds = page.rows.slice(0, size).map((r) => r.id);
  const objects = await loadDirectoryObjects(db, pageIds, { select });
  const lastId = pageIds[pageIds.length - 1];
  return collection(c, 'directoryObjects', pageIds.flatMap((id) => objects.get(id) ?? []), {
    select,
    count,
    nextLink: page.rows.length > size && lastId ? nextLink(c, encodeSkipToken([lastId])) : null,
  });
}

/** `…/members/microsoft.graph.user` and friends: a typed collection where $filter, $search and $orderby work. */
export async function listCast(c: Context<GraphEnv>, db: Queryable, cast: string, ids: IdsSql, allowed: DirectoryObjectType[]) {
  const type = castTypes[cast.toLowerCase()];
  if (!type || !allowed.includes(type)) throw segmentNotFound(cast);
  const spec = directoryObjectSpecs[type];
  return listCollection(c, db, spec, contextNames[type], {
    countNeedsConsistencyLevel: true,
    where: (params) => [`${spec.key.sql} in (${ids(params)})`],
  });
}
