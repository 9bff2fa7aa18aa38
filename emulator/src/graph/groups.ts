import type { Context } from 'hono';
import type { Params, Queryable } from '../store/db';
import { recordAudit } from './audit';
import { adminRoles, permissions, requirePermission, requireWrite } from './authorize';
import { invalidPropertyValue, readJsonBody } from './body';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import { objectTypes } from './directory-objects';
import { fullEntity } from './entity';
import { groupSpec } from './entities';
import { badRequest, notFound } from './errors';
import { countCollection, getOne, listCollection } from './list';
import { listCast, listMixed } from './members';
import { entity } from './respond';
import { loadByIds, requireGuid } from './query';
import { decodeOrKeep } from './decode';

type GroupRow = { id: string; display_name: string; is_assignable_to_role: boolean; group_types: string[] };

const membersSql = (groupId: string) => (params: Params) => `select member_id as id from group_members where group_id = ${params.add(groupId)}::uuid`;

async function findGroup(deps: GraphDeps, id: string): Promise<GroupRow> {
  const result = await deps.store.db.query<GroupRow>('select id, display_name, is_assignable_to_role, group_types from groups where id = $1::uuid', [id]);
  const group = result.rows[0];
  if (!group) throw notFound(id);
  return group;
}

/**
 * Who may change a group's members: role-assignable groups need RoleManagement.ReadWrite.Directory and (for a
 * user) Global or Privileged Role Administrator, as Entra protects them; ordinary groups need a group write
 * permission and (for a user) Global, Privileged Role, Groups or User Administrator.
 */
async function requireGroupWrite(c: Context<GraphEnv>, deps: GraphDeps, roleAssignable: boolean) {
  if (roleAssignable) return requireWrite(c, deps.store.db, permissions.writeRoleManagement, adminRoles.roleManagement);
  return requireWrite(c, deps.store.db, permissions.writeGroupMembers, adminRoles.groups);
}

/**
 * Who may create a group. A role-assignable one: only a caller who could grant the roles, so (group resource,
 * isAssignableToRole) RoleManagement.ReadWrite.Directory "also", and for a user Global or Privileged Role
 * Administrator. An app needs a create-group permission besides (create group: Group.Create, Group.ReadWrite.All or
 * Directory.ReadWrite.All); a user is not held to it here, because the portal's pre-consented delegated set has no
 * Group.ReadWrite.All (README, unverified list).
 */
async function requireGroupCreate(c: Context<GraphEnv>, deps: GraphDeps, roleAssignable: boolean) {
  if (!roleAssignable) return requireWrite(c, deps.store.db, permissions.createGroups, adminRoles.groups);
  const caller = await requireWrite(c, deps.store.db, permissions.writeRoleManagement, adminRoles.roleManagement);
  if (caller.kind === 'app') requirePermission(c, permissions.createGroups);
  return caller;
}

/** `https://graph.microsoft.com/v1.0/directoryObjects/{id}` (or /users/, /groups/, /servicePrincipals/) → id. */
function referencedId(body: Record<string, unknown>): string {
  const ref = body['@odata.id'];
  const match = typeof ref === 'string' ? /\/(?:directoryObjects|users|groups|servicePrincipals)\/([^/?#]+)$/i.exec(ref) : null;
  if (!match) throw invalidPropertyValue('@odata.id', 'Group');
  return requireGuid(decodeOrKeep(match[1] as string));
}

/**
 * The longest values Graph's group resource documents ("Maximum length is 256 characters", 64 for mailNickname,
 * 1,024 for description: https://learn.microsoft.com/graph/api/resources/group); longer ones are refused.
 */
const maxLengths: Record<string, number> = { displayName: 256, mailNickname: 64, description: 1024 };

const string = (body: Record<string, unknown>, name: string, required: boolean): string | null => {
  const value = body[name];
  if (value === undefined || value === null) {
    if (required) throw invalidPropertyValue(name, 'Group');
    return null;
  }
  if (typeof value !== 'string' || (required && !value.trim())) throw invalidPropertyValue(name, 'Group');
  if (tooLong(name, value)) throw invalidPropertyValue(name, 'Group');
  return value;
};
const tooLong = (name: string, value: string) => value.length > (maxLengths[name] ?? Infinity);
const boolean = (body: Record<string, unknown>, name: string, required: boolean, fallback = false): boolean => {
  const value = body[name];
  if (value === undefined || value === null) {
    if (required) throw invalidPropertyValue(name, 'Group');
    return fallback;
  }
  if (typeof value !== 'boolean') throw invalidPropertyValue(name, 'Group');
  return value;
};

export function registerGroupRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;

  app.get('/v1.0/groups', async (c) => {
    requirePermission(c, permissions.readGroups);
    return listCollection(c, db, groupSpec, 'groups', { countNeedsConsistencyLevel: true });
  });

  app.get('/v1.0/groups/$count', async (c) => {
    requirePermission(c, permissions.readGroups);
    return countCollection(c, db, groupSpec);
  });

  app.get('/v1.0/groups/:id', async (c) => {
    requirePermission(c, permissions.readGroups);
    const id = requireGuid(c.req.param('id'));
    return getOne(c, db, groupSpec, 'groups', (params) => [`g.id = ${params.add(id)}::uuid`], id);
  });

  app.get('/v1.0/groups/:id/members', async (c) => {
    requirePermission(c, permissions.readGroups);
    const group = await findGroup(deps, requireGuid(c.req.param('id')));
    return listMixed(c, db, membersSql(group.id));
  });

  app.get('/v1.0/groups/:id/members/:cast', async (c) => {
    requirePermission(c, permissions.readGroups);
    const group = await findGroup(deps, requireGuid(c.req.param('id')));
    return listCast(c, db, c.req.param('cast'), membersSql(group.id), ['user', 'group', 'servicePrincipal']);
  });

  app.post('/v1.0/groups/:id/members/$ref', async (c) => {
    const group = await findGroup(deps, requireGuid(c.req.param('id')));
    await requireGroupWrite(c, deps, group.is_assignable_to_role);
    const memberId = referencedId(await readJsonBody(c));
    if (group.group_types.includes('DynamicMembership')) {
      throw badRequest('Members of a group with dynamic membership cannot be added or removed.');
    }
    const type = (await objectTypes(db, [memberId])).get(memberId);
    if (!type) throw notFound(memberId);
    if (type !== 'user' && type !== 'group' && type !== 'servicePrincipal') throw invalidPropertyValue('@odata.id', 'Group');
    if (type === 'group' && group.is_assignable_to_role) throw badRequest('Nesting is currently not supported for groups that can be assigned to a role.');
    if (memberId === group.id) throw badRequest('A group cannot be a member of itself.');
    await db.transaction(async (tx) => {
      const inserted = await tx.query('insert into group_members (group_id, member_id) values ($1, $2) on conflict do nothing', [group.id, memberId]);
      if (!inserted.affectedRows) {
        throw badRequest("One or more added object references already exist for the following modified properties: 'members'.");
      }
      await recordAudit(tx, c, await memberAudit(tx, 'add', group, memberId));
    });
    return c.body(null, 204);
  });

  app.delete('/v1.0/groups/:id/members/:memberId/$ref', async (c) => {
    const group = await findGroup(deps, requireGuid(c.req.param('id')));
    await requireGroupWrite(c, deps, group.is_assignable_to_role);
    const memberId = requireGuid(c.req.param('memberId'));
    if (group.group_types.includes('DynamicMembership')) {
      throw badRequest('Members of a group with dynamic membership cannot be added or removed.');
    }
    await db.transaction(async (tx) => {
      const deleted = await tx.query('delete from group_members where group_id = $1 and member_id = $2', [group.id, memberId]);
      if (!deleted.affectedRows) throw notFound(memberId);
      await recordAudit(tx, c, await memberAudit(tx, 'remove', group, memberId));
    });
    return c.body(null, 204);
  });

  app.post('/v1.0/groups', async (c) => {
    const body = await readJsonBody(c);
    const isAssignableToRole = boolean(body, 'isAssignableToRole', false);
    await requireGroupCreate(c, deps, isAssignableToRole);
    const displayName = string(body, 'displayName', true) as string;
    const mailNickname = string(body, 'mailNickname', true) as string;
    const mailEnabled = boolean(body, 'mailEnabled', true);
    const securityEnabled = boolean(body, 'securityEnabled', true);
    const description = string(body, 'description', false);
    const visibility = string(body, 'visibility', false);
    const membershipRule = string(body, 'membershipRule', false);
    const groupTypes = body.groupTypes ?? [];
    if (!Array.isArray(groupTypes) || !groupTypes.every((t) => t === 'Unified' || t === 'DynamicMembership')) throw invalidPropertyValue('groupTypes', 'Group');
    const dynamic = groupTypes.includes('DynamicMembership');
    if (dynamic && !membershipRule) throw invalidPropertyValue('membershipRule', 'Group');
    if (isAssignableToRole && !securityEnabled) {
      throw badRequest("A group with 'isAssignableToRole' set to true must be a security group: set 'securityEnabled' to true.");
    }
    if (isAssignableToRole && dynamic) {
      throw badRequest("A group with 'isAssignableToRole' set to true cannot have dynamic membership.");
    }
    const id = deps.store.newObjects.newId();
    const createdDateTime = deps.store.newObjects.now().toISOString();
    await db.transaction(async (tx) => {
      await tx.query(`insert into directory_objects (id, object_type) values ($1, 'group')`, [id]);
      await tx.query(
        `insert into groups (id, display_name, description, mail, mail_enabled, mail_nickname, security_enabled, is_assignable_to_role,
                             group_types, membership_rule, membership_rule_processing_state, visibility, created_date_time)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          id,
          displayName,
          description,
          mailEnabled ? `${mailNickname}@contoso.onmicrosoft.com` : null,
          mailEnabled,
          mailNickname,
          securityEnabled,
          isAssignableToRole,
          JSON.stringify(groupTypes),
          membershipRule,
          dynamic ? 'On' : null,
          isAssignableToRole ? 'Private' : visibility,
          createdDateTime,
        ],
      );
      await recordAudit(tx, c, {
        category: 'GroupManagement',
        activityDisplayName: 'Add group',
        operationType: 'Add',
        targets: [
          {
            id,
            displayName,
            type: 'Group',
            modifiedProperties: [
              { displayName: 'DisplayName', newValue: JSON.stringify([displayName]) },
              { displayName: 'SecurityEnabled', newValue: JSON.stringify([securityEnabled]) },
              { displayName: 'IsAssignableToRole', newValue: JSON.stringify([isAssignableToRole]) },
            ],
          },
        ],
      });
    });
    deps.faults.markCreated(id);
    const row = (await loadByIds(db, groupSpec, [id])).get(id);
    return entity(c, 'groups', row ? fullEntity(groupSpec, row) : { id }, { status: 201 });
  });

  app.patch('/v1.0/groups/:id', async (c) => {
    const group = await findGroup(deps, requireGuid(c.req.param('id')));
    await requireGroupWrite(c, deps, group.is_assignable_to_role);
    const body = await readJsonBody(c);
    if ('isAssignableToRole' in body) throw badRequest("The property 'isAssignableToRole' can only be set when the group is created.");
    const columns: Record<string, string> = { displayName: 'display_name', description: 'description', mailNickname: 'mail_nickname', visibility: 'visibility' };
    const changes = Object.entries(body).filter(([key]) => !key.startsWith('@'));
    for (const [key, value] of changes) {
      if (!columns[key] || (value !== null && typeof value !== 'string')) throw invalidPropertyValue(key, 'Group');
      if ((key === 'displayName' || key === 'mailNickname') && !value) throw invalidPropertyValue(key, 'Group');
      if (typeof value === 'string' && tooLong(key, value)) throw invalidPropertyValue(key, 'Group');
    }
    if (changes.length) {
      const sets = changes.map(([key], i) => `${columns[key]} = $${i + 2}`).join(', ');
      await db.query(`update groups set ${sets} where id = $1::uuid`, [group.id, ...changes.map(([, value]) => value)]);
    }
    return c.body(null, 204);
  });

  app.delete('/v1.0/groups/:id', async (c) => {
    const group = await findGroup(deps, requireGuid(c.req.param('id')));
    await requireGroupWrite(c, deps, group.is_assignable_to_role);
    await db.transaction(async (tx) => {
      // Deleting the object removes its memberships and role assignments (foreign keys cascade), as in Entra.
      await tx.query('delete from directory_objects where id = $1::uuid', [group.id]);
      await recordAudit(tx, c, {
        category: 'GroupManagement',
        activityDisplayName: 'Delete group',
        operationType: 'Delete',
        targets: [{ id: group.id, displayName: group.display_name, type: 'Group' }],
      });
    });
    return c.body(null, 204);
  });
}

/** Audit entry of a membership change; runs on the caller's transaction (PGlite has one connection). */
async function memberAudit(db: Queryable, kind: 'add' | 'remove', group: GroupRow, memberId: string) {
  const member = await db.query<{ display_name: string | null; user_principal_name: string | null; object_type: string }>(
    `select coalesce(u.display_name, g.display_name, s.display_name) as display_name, u.user_principal_name, o.object_type
       from directory_objects o left join users u on u.id = o.id left join groups g on g.id = o.id left join service_principals s on s.id = o.id
      where o.id = $1::uuid`,
    [memberId],
  );
  const row = member.rows[0];
  const type = row?.object_type === 'user' ? 'User' : row?.object_type === 'group' ? 'Group' : 'ServicePrincipal';
  const value = (v: string) => (kind === 'add' ? { newValue: JSON.stringify(v) } : { oldValue: JSON.stringify(v) });
  return {
    category: 'GroupManagement' as const,
    activityDisplayName: kind === 'add' ? 'Add member to group' : 'Remove member from group',
    operationType: kind === 'add' ? ('Assign' as const) : ('Unassign' as const),
    targets: [
      {
        id: memberId,
        displayName: row?.display_name ?? null,
        type: type as 'User' | 'Group' | 'ServicePrincipal',
        userPrincipalName: row?.user_principal_name ?? null,
        modifiedProperties: [
          { displayName: 'Group.ObjectID', ...value(group.id) },
          { displayName: 'Group.DisplayName', ...value(group.display_name) },
        ],
      },
      { id: group.id, displayName: group.display_name, type: 'Group' as const },
    ],
  };
}
