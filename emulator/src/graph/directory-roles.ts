import type { Context } from 'hono';
import { isGuid } from '../seed/ids';
import type { Queryable } from '../store/db';
import { permissions, requirePermission } from './authorize';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import { directoryObjectPropertyNames, loadDirectoryObjects } from './directory-objects';
import type { EntitySpec } from './entity';
import { badRequest, invalidObjectId, notFound, unknownProperty } from './errors';
import { getOne, listCollection } from './list';
import { collection } from './respond';
import { readQuery, requireGuid, uuidArray } from './query';

/**
 * v1.0 `directoryRole`: a built-in role once it is activated in the tenant (Entra activates it on its first
 * assignment). Its `id` is its own; `roleTemplateId` is the role definition's id.
 * https://learn.microsoft.com/graph/api/resources/directoryrole
 */
export const directoryRoleSpec: EntitySpec = {
  typeName: 'microsoft.graph.directoryRole',
  resourceName: 'DirectoryRole',
  from: 'directory_roles dr join role_definitions rd on rd.id = dr.role_template_id',
  key: { sql: 'dr.id', cast: 'uuid' },
  properties: [
    { name: 'id', sql: 'dr.id', type: 'guid', filterable: true },
    { name: 'deletedDateTime', sql: 'null::timestamptz', type: 'datetime' },
    { name: 'description', sql: 'rd.description', type: 'string', filterable: true },
    { name: 'displayName', sql: 'rd.display_name', type: 'string', filterable: true },
    { name: 'roleTemplateId', sql: 'rd.template_id', type: 'guid', filterable: true },
  ],
  defaultOrder: [{ sql: 'lower(rd.display_name)', cast: 'text' }],
  orderable: {},
  searchable: ['displayName', 'description'],
};

const contextPath = 'directoryRoles';
const expandable = ['members'];

/** Graph's documented page: "returns a default of 1,000 objects and doesn't support pagination using $top". */
const membersLimit = 1000;

/** The tenant-scope holders of a role: users, service principals and role-assignable groups, never transitive. */
async function memberIds(db: Queryable, roleTemplateIds: string[]): Promise<Map<string, string[]>> {
  const result = await db.query<{ role: string; id: string }>(
    `select distinct role_definition_id as role, principal_id as id from role_assignments
      where directory_scope_id = '/' and role_definition_id = any($1::uuid[]) order by principal_id`,
    [uuidArray(roleTemplateIds)],
  );
  const byRole = new Map<string, string[]>();
  for (const row of result.rows) byRole.set(row.role, [...(byRole.get(row.role) ?? []), row.id]);
  return byRole;
}

/** `$expand=members`: each role with its members' default properties, one query per object type. */
async function withMembers(db: Queryable, rows: Record<string, unknown>[], select: string[] | null, expand: string[]) {
  const plain = rows.map((row) => pick(row, select));
  if (!expand.includes('members')) return plain;
  const ids = await memberIds(db, rows.map((row) => String(row.roleTemplateId)));
  const objects = await loadDirectoryObjects(db, [...ids.values()].flat());
  return plain.map((role, i) => ({
    ...role,
    members: (ids.get(String(rows[i]?.roleTemplateId)) ?? []).flatMap((id) => objects.get(id) ?? []),
  }));
}

function pick(row: Record<string, unknown>, select: string[] | null): Record<string, unknown> {
  const names = (select ?? directoryRoleSpec.properties.map((p) => p.name)).filter((name) => name !== 'members');
  const value: Record<string, unknown> = {};
  for (const name of names) value[name] = row[name] ?? null;
  return value;
}

/** `directoryRoles(roleTemplateId='{id}')`, the documented alternate key; null for any other segment. */
function templateIdOfKey(segment: string): string | null {
  const match = /^directoryRoles\(roleTemplateId='([^']*)'\)$/i.exec(decodeURIComponent(segment));
  if (!match) return null;
  const id = match[1] as string;
  if (!isGuid(id)) throw invalidObjectId(id);
  return id.toLowerCase();
}

export function registerDirectoryRoleRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;
  const read = permissions.readDirectoryRoles;

  /** The role a request names, by its own id or by the alternate key: 404 unless it is activated. */
  async function findRole(where: { id: string } | { roleTemplateId: string }, shown: string) {
    const result =
      'id' in where
        ? await db.query<{ id: string; template: string }>('select id, role_template_id as template from directory_roles where id = $1::uuid', [where.id])
        : await db.query<{ id: string; template: string }>('select id, role_template_id as template from directory_roles where role_template_id = $1::uuid', [
            where.roleTemplateId,
          ]);
    const role = result.rows[0];
    if (!role) throw notFound(shown);
    return role;
  }

  async function listMembers(c: Context<GraphEnv>, roleTemplateId: string) {
    const query = readQuery(c);
    if (query.filter || query.search || query.orderBy) {
      throw badRequest('Filtering, searching or sorting a mixed collection needs a type cast segment, e.g. /microsoft.graph.user.', 'Request_UnsupportedQuery');
    }
    const allowed = directoryObjectPropertyNames();
    const select =
      query.select?.map((name) => {
        const found = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
        if (!found) throw unknownProperty(name, 'microsoft.graph.directoryObject');
        return found;
      }) ?? null;
    const ids = ((await memberIds(db, [roleTemplateId])).get(roleTemplateId) ?? []).slice(0, membersLimit);
    const objects = await loadDirectoryObjects(db, ids, { select });
    return collection(c, 'directoryObjects', ids.flatMap((id) => objects.get(id) ?? []), { select });
  }

  const getRole = (c: Context<GraphEnv>, where: (params: { add(value: unknown): string }) => string[], shown: string) =>
    getOne(c, db, directoryRoleSpec, contextPath, where, shown, {
      expandable,
      selectExtra: expandable,
      map: (rows, query, select) => withMembers(db, rows, select, query.expand),
    });

  app.get('/v1.0/directoryRoles', async (c) => {
    requirePermission(c, read);
    // Graph answers the activated roles in one response (research: directoryRoles does not page).
    return listCollection(c, db, directoryRoleSpec, contextPath, {
      pageSize: 5000,
      expandable,
      selectExtra: expandable,
      countNeedsConsistencyLevel: true,
      map: (rows, query, select) => withMembers(db, rows, select, query.expand),
    });
  });

  app.get('/v1.0/directoryRoles/:id', async (c) => {
    requirePermission(c, read);
    // A template id here is not the role's id: Graph names the alternate key for that, directoryRoles(roleTemplateId='…').
    const id = requireGuid(c.req.param('id'));
    return getRole(c, (params) => [`dr.id = ${params.add(id)}::uuid`], id);
  });

  app.get('/v1.0/directoryRoles/:id/members', async (c) => {
    requirePermission(c, read);
    const id = requireGuid(c.req.param('id'));
    const role = await findRole({ id }, id);
    return listMembers(c, role.template);
  });

  // The alternate key is one path segment, `directoryRoles(roleTemplateId='…')`.
  app.get('/v1.0/:key{directoryRoles\\(.+\\)}', async (c) => {
    requirePermission(c, read);
    const roleTemplateId = templateIdOfKey(c.req.param('key'));
    if (!roleTemplateId) throw notFound(c.req.param('key'));
    return getRole(c, (params) => [`dr.role_template_id = ${params.add(roleTemplateId)}::uuid`], roleTemplateId);
  });

  app.get('/v1.0/:key{directoryRoles\\(.+\\)}/members', async (c) => {
    requirePermission(c, read);
    const roleTemplateId = templateIdOfKey(c.req.param('key'));
    if (!roleTemplateId) throw notFound(c.req.param('key'));
    const role = await findRole({ roleTemplateId }, roleTemplateId);
    return listMembers(c, role.template);
  });
}
