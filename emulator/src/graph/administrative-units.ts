import type { Context } from 'hono';
import { isGuid } from '../seed/ids';
import type { Params } from '../store/db';
import { adminRoles, permissions, requirePermission, requireWrite } from './authorize';
import { invalidPropertyValue, readJsonBody } from './body';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import type { EntitySpec } from './entity';
import { administrativeUnitSpec } from './entities';
import { notFound } from './errors';
import { countCollection, getOne, listCollection } from './list';
import { listCast, listMixed } from './members';
import { entity } from './respond';
import { requireGuid } from './query';
import { createAssignment, deleteAssignment } from './role-assignments';

/**
 * `scopedRoleMembership`: the same rows as roleAssignments at `/administrativeUnits/{id}` (one table, two views).
 * `roleId` is the activated directoryRole's id, as Graph documents it ("the directory role that the member is in"),
 * not the role definition's: only built-in roles have one, so custom roles' AU assignments show only in roleAssignments.
 */
const scopedRoleMemberSpec: EntitySpec = {
  typeName: 'microsoft.graph.scopedRoleMembership',
  resourceName: 'ScopedRoleMembership',
  from: `role_assignments ra
         join directory_roles dr on dr.role_template_id = ra.role_definition_id
         left join users u on u.id = ra.principal_id
         left join groups g on g.id = ra.principal_id
         left join service_principals s on s.id = ra.principal_id`,
  key: { sql: 'ra.seq', cast: 'int' },
  properties: [
    { name: 'id', sql: 'ra.id', type: 'string', filterable: true, caseSensitive: true },
    { name: 'administrativeUnitId', sql: 'ra.scope_administrative_unit_id', type: 'guid', filterable: true },
    { name: 'roleId', sql: 'dr.id', type: 'guid', filterable: true },
    {
      name: 'roleMemberInfo',
      sql: `jsonb_build_object('id', ra.principal_id, 'displayName', coalesce(u.display_name, g.display_name, s.display_name),
                               'userPrincipalName', u.user_principal_name)`,
      type: 'json',
    },
  ],
  defaultOrder: [],
  orderable: {},
  searchable: [],
};

const membersSql = (unitId: string) => (params: Params) =>
  `select member_id as id from administrative_unit_members where administrative_unit_id = ${params.add(unitId)}::uuid`;

const readScopedRoleMembers = [...new Set([...permissions.readRoleManagement, ...permissions.readAdministrativeUnits])];

export function registerAdministrativeUnitRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;

  const findUnit = async (raw: string) => {
    const id = requireGuid(raw);
    const result = await db.query<{ id: string }>('select id from administrative_units where id = $1::uuid', [id]);
    if (!result.rows[0]) throw notFound(raw);
    return id;
  };

  // Graph serves both /directory/administrativeUnits and /administrativeUnits.
  for (const prefix of ['/v1.0/directory/administrativeUnits', '/v1.0/administrativeUnits']) {
    const contextPath = prefix.slice('/v1.0/'.length);

    app.get(prefix, async (c) => {
      requirePermission(c, permissions.readAdministrativeUnits);
      return listCollection(c, db, administrativeUnitSpec, contextPath, { countNeedsConsistencyLevel: true });
    });

    app.get(`${prefix}/$count`, async (c) => {
      requirePermission(c, permissions.readAdministrativeUnits);
      return countCollection(c, db, administrativeUnitSpec);
    });

    app.get(`${prefix}/:id`, async (c) => {
      requirePermission(c, permissions.readAdministrativeUnits);
      const id = requireGuid(c.req.param('id'));
      return getOne(c, db, administrativeUnitSpec, contextPath, (params) => [`au.id = ${params.add(id)}::uuid`], id);
    });

    app.get(`${prefix}/:id/members`, async (c) => {
      requirePermission(c, permissions.readAdministrativeUnits);
      return listMixed(c, db, membersSql(await findUnit(c.req.param('id'))));
    });

    app.get(`${prefix}/:id/members/:cast`, async (c) => {
      requirePermission(c, permissions.readAdministrativeUnits);
      return listCast(c, db, c.req.param('cast'), membersSql(await findUnit(c.req.param('id'))), ['user', 'group']);
    });

    app.get(`${prefix}/:id/scopedRoleMembers`, async (c) => {
      requirePermission(c, readScopedRoleMembers);
      const unitId = await findUnit(c.req.param('id'));
      return listCollection(c, db, scopedRoleMemberSpec, 'scopedRoleMemberships', {
        where: (params) => [`ra.scope_administrative_unit_id = ${params.add(unitId)}::uuid`],
      });
    });

    app.get(`${prefix}/:id/scopedRoleMembers/:memberId`, async (c) => {
      requirePermission(c, readScopedRoleMembers);
      const unitId = await findUnit(c.req.param('id'));
      const memberId = c.req.param('memberId');
      return getOne(c, db, scopedRoleMemberSpec, 'scopedRoleMemberships', (params) => [
        `ra.id = ${params.add(memberId)}`,
        `ra.scope_administrative_unit_id = ${params.add(unitId)}::uuid`,
      ], memberId);
    });

    app.post(`${prefix}/:id/scopedRoleMembers`, async (c) => {
      await requireWrite(c, db, permissions.writeRoleManagement, adminRoles.roleManagement);
      const unitId = await findUnit(c.req.param('id'));
      const body = await readJsonBody(c);
      const roleId = body.roleId;
      const memberId = (body.roleMemberInfo as { id?: unknown } | undefined)?.id;
      if (typeof roleId !== 'string' || !isGuid(roleId)) throw invalidPropertyValue('roleId', 'ScopedRoleMembership');
      if (typeof memberId !== 'string' || !isGuid(memberId)) throw invalidPropertyValue('roleMemberInfo', 'ScopedRoleMembership');
      // roleId names a directoryRole: a role definition (template) id is not one, so it is not found, like any other id.
      const role = await db.query<{ template: string }>('select role_template_id as template from directory_roles where id = $1::uuid', [roleId]);
      const roleDefinitionId = role.rows[0]?.template;
      if (!roleDefinitionId) throw notFound(roleId);
      const row = await createAssignment(c, deps, { roleDefinitionId, principalId: memberId, directoryScopeId: `/administrativeUnits/${unitId}` });
      return respondScopedMember(c, row.id, 201);
    });

    app.delete(`${prefix}/:id/scopedRoleMembers/:memberId`, async (c) => {
      await requireWrite(c, db, permissions.writeRoleManagement, adminRoles.roleManagement);
      const unitId = await findUnit(c.req.param('id'));
      await deleteAssignment(c, deps, c.req.param('memberId'), { administrativeUnitId: unitId });
      return c.body(null, 204);
    });
  }

  async function respondScopedMember(c: Context<GraphEnv>, id: string, status: 200 | 201) {
    const result = await db.query<Record<string, unknown>>(
      `select ${scopedRoleMemberSpec.properties.map((p) => `${p.sql} as "${p.name}"`).join(', ')} from ${scopedRoleMemberSpec.from} where ra.id = $1`,
      [id],
    );
    const row = result.rows[0];
    if (!row) throw notFound(id);
    return entity(c, 'scopedRoleMemberships', row, { status });
  }
}
