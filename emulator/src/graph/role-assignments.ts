import type { Context } from 'hono';
import { wellKnownRoles } from '../seed/catalog';
import { assignmentId, formatDirectoryScope, isGuid, parseDirectoryScope, type DirectoryScope } from '../seed/ids';
import type { Queryable } from '../store/db';
import { activateDirectoryRole } from '../store/directory-roles';
import { recordAudit, type AuditTarget } from './audit';
import { adminRoles, permissions, requirePermission, requireWrite } from './authorize';
import { invalidPropertyValue, isUniqueViolation, readJsonBody } from './body';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import { loadDirectoryObjects } from './directory-objects';
import { fullEntity, rowToEntity, type EntitySpec } from './entity';
import { roleAssignmentSpec, roleDefinitionSpec } from './entities';
import { badRequest, conflictingObject, notFound } from './errors';
import { getOne, listCollection } from './list';
import { entity } from './respond';
import { loadByIds, type CollectionQuery } from './query';
import { findRoleDefinition, type RoleDefinitionRow } from './role-definitions';

const contextPath = 'roleManagement/directory/roleAssignments';
const resource = 'UnifiedRoleAssignment';
/** The navigation properties a role assignment (and PIM's schedules, instances and requests) expand. */
export const roleRelations = ['principal', 'roleDefinition', 'directoryScope'];
const expandable = roleRelations;
const unsupportedScope = () => badRequest('The given built-in role is not supported to be assigned to a single resource scope.');

export type AssignmentRow = { id: string; role_definition_id: string; principal_id: string; directory_scope_id: string };

/** Whether a role may be assigned at a scope: the catalog's list for built-ins, the actions for custom roles. */
function roleSupportsScope(role: RoleDefinitionRow, scope: DirectoryScope): boolean {
  if (role.is_built_in) {
    const scopes = role.assignable_scopes ?? [];
    if (scope.kind === 'tenant') return scopes.includes('directory');
    return scopes.includes(scope.kind === 'administrativeUnit' ? 'administrativeUnit' : 'application');
  }
  if (scope.kind === 'tenant') return true;
  const actions = role.role_permissions.flatMap((p) => p.allowedResourceActions);
  const pattern = scope.kind === 'administrativeUnit' ? /^microsoft\.directory\/(users|groups|devices)\// : /^microsoft\.directory\/applications\//;
  return actions.some((action) => pattern.test(action));
}

export type PrincipalRow = { id: string; object_type: string; display_name: string | null; user_principal_name: string | null; is_assignable_to_role: boolean | null };

export async function findPrincipal(db: Queryable, id: string): Promise<PrincipalRow | null> {
  const result = await db.query<PrincipalRow>(
    `select o.id, o.object_type, coalesce(u.display_name, g.display_name, s.display_name) as display_name,
            u.user_principal_name, g.is_assignable_to_role
       from directory_objects o
       left join users u on u.id = o.id left join groups g on g.id = o.id left join service_principals s on s.id = o.id
      where o.id = $1::uuid and o.object_type in ('user', 'group', 'servicePrincipal')`,
    [id],
  );
  return result.rows[0] ?? null;
}

export const auditType = (objectType: string): AuditTarget['type'] =>
  objectType === 'user' ? 'User' : objectType === 'group' ? 'Group' : objectType === 'servicePrincipal' ? 'ServicePrincipal' : 'Other';

export type AssignmentTarget = { role: RoleDefinitionRow; principal: PrincipalRow; scope: DirectoryScope; scopeName: string | null };

/**
 * Graph's checks of an assignment's target, in order: role exists (404) and is enabled (400), principal exists (404), a group must be
 * role-assignable (400), scope object exists (404), role supports the scope (400). Shared with PIM's requests.
 */
export async function resolveAssignmentTarget(
  db: Queryable,
  input: { roleDefinitionId: string; principalId: string; directoryScopeId: string },
  resourceName = resource,
): Promise<AssignmentTarget> {
  const role = await findRoleDefinition(db, input.roleDefinitionId);
  if (!role) throw notFound(input.roleDefinitionId);
  // isEnabled false means "can't be assigned" (unifiedRoleDefinition); the exact service text is unrecorded.
  if (!role.is_enabled) throw badRequest(`The role definition '${role.id}' is disabled and cannot be assigned.`);
  const principal = await findPrincipal(db, input.principalId.toLowerCase());
  if (!principal) throw notFound(input.principalId);
  if (principal.object_type === 'group' && !principal.is_assignable_to_role) {
    throw badRequest(`The group '${principal.id}' cannot be assigned to a role because its isAssignableToRole property is not set to true.`);
  }
  const scope = parseDirectoryScope(input.directoryScopeId);
  if (!scope) throw invalidPropertyValue('directoryScopeId', resourceName);
  let scopeName: string | null = null;
  if (scope.kind === 'administrativeUnit') {
    const unit = await db.query<{ display_name: string }>('select display_name from administrative_units where id = $1::uuid', [scope.objectId]);
    if (!unit.rows[0]) throw notFound(scope.objectId);
    scopeName = unit.rows[0].display_name;
  } else if (scope.kind === 'object') {
    const object = await db.query<{ object_type: string; display_name: string | null }>(
      `select o.object_type, a.display_name from directory_objects o left join applications a on a.id = o.id where o.id = $1::uuid`,
      [scope.objectId],
    );
    const found = object.rows[0];
    if (!found) throw notFound(scope.objectId);
    // Only app registrations are modelled as object scopes (the roles whose actions target applications).
    if (found.object_type !== 'application') throw unsupportedScope();
    scopeName = found.display_name;
  }
  if (!roleSupportsScope(role, scope)) throw unsupportedScope();
  return { role, principal, scope, scopeName };
}

/** Writes a roleAssignments row (and activates a built-in role's directoryRole); the caller owns the transaction. */
export async function insertAssignmentRow(tx: Queryable, tenantId: string, target: Pick<AssignmentTarget, 'role' | 'scope'>, principalId: string): Promise<AssignmentRow> {
  const directoryScopeId = formatDirectoryScope(target.scope);
  const row: AssignmentRow = {
    id: assignmentId(target.role.id, principalId, directoryScopeId),
    role_definition_id: target.role.id,
    principal_id: principalId,
    directory_scope_id: directoryScopeId,
  };
  await tx.query(
    `insert into role_assignments (id, role_definition_id, principal_id, directory_scope_id, scope_administrative_unit_id, scope_application_id)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      row.id,
      row.role_definition_id,
      row.principal_id,
      row.directory_scope_id,
      target.scope.kind === 'administrativeUnit' ? target.scope.objectId : null,
      target.scope.kind === 'object' ? target.scope.objectId : null,
    ],
  );
  // A built-in role's first assignment activates it (its directoryRole appears), as Entra does implicitly.
  if (target.role.is_built_in) await activateDirectoryRole(tx, tenantId, target.role.id);
  return row;
}

/**
 * Creates one assignment after Graph's checks (resolveAssignmentTarget), then no duplicate (400).
 * Shared by roleAssignments and scopedRoleMembers. Not checked against PIM policy, as in Entra.
 */
export async function createAssignment(
  c: Context<GraphEnv>,
  deps: GraphDeps,
  input: { roleDefinitionId: string; principalId: string; directoryScopeId: string },
): Promise<AssignmentRow> {
  const db = deps.store.db;
  const { role, principal, scope, scopeName } = await resolveAssignmentTarget(db, input);
  const row = await db
    .transaction(async (tx) => {
      const created = await insertAssignmentRow(tx, deps.tenantId, { role, scope }, principal.id);
      await recordAudit(tx, c, assignmentAudit('add', role, principal, scope, scopeName));
      return created;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? conflictingObject() : error;
    });
  deps.faults.markCreated(row.id);
  return row;
}

function assignmentAudit(kind: 'add' | 'remove', role: Pick<RoleDefinitionRow, 'id' | 'template_id' | 'display_name'>, principal: PrincipalRow, scope: DirectoryScope, scopeName: string | null) {
  const scoped = scope.kind === 'administrativeUnit';
  const activityDisplayName = `${kind === 'add' ? 'Add' : 'Remove'} ${scoped ? 'scoped member' : 'member'} ${kind === 'add' ? 'to' : 'from'} role`;
  const value = (v: string | null) => (kind === 'add' ? { newValue: JSON.stringify(v) } : { oldValue: JSON.stringify(v) });
  const targets: AuditTarget[] = [
    {
      id: principal.id,
      displayName: principal.display_name,
      type: auditType(principal.object_type),
      userPrincipalName: principal.user_principal_name,
      modifiedProperties: [
        { displayName: 'Role.ObjectID', ...value(role.id) },
        { displayName: 'Role.DisplayName', ...value(role.display_name) },
        { displayName: 'Role.TemplateId', ...value(role.template_id) },
        ...(scope.kind !== 'tenant' ? [{ displayName: 'Role.Scope', ...value(formatDirectoryScope(scope)) }] : []),
      ],
    },
    { id: role.id, displayName: role.display_name, type: 'Role' },
  ];
  if (scope.kind !== 'tenant') targets.push({ id: scope.objectId, displayName: scopeName, type: scoped ? 'Other' : 'Application' });
  return {
    category: 'RoleManagement' as const,
    activityDisplayName,
    operationType: kind === 'add' ? ('Assign' as const) : ('Unassign' as const),
    targets,
    additionalDetails: [{ key: 'directoryScopeId', value: formatDirectoryScope(scope) }],
  };
}

/** Deletes one assignment (404 if gone; 400 when a user would remove their own Global Administrator assignment). */
export async function deleteAssignment(c: Context<GraphEnv>, deps: GraphDeps, id: string, where: { administrativeUnitId?: string } = {}): Promise<void> {
  const db = deps.store.db;
  const result = await db.query<AssignmentRow & { template_id: string; display_name: string; scope_administrative_unit_id: string | null }>(
    `select ra.id, ra.role_definition_id, ra.principal_id, ra.directory_scope_id, ra.scope_administrative_unit_id, rd.template_id, rd.display_name
       from role_assignments ra join role_definitions rd on rd.id = ra.role_definition_id where ra.id = $1`,
    [id],
  );
  const row = result.rows[0];
  if (!row || (where.administrativeUnitId && row.scope_administrative_unit_id !== where.administrativeUnitId)) throw notFound(id);
  const caller = c.get('caller');
  if (caller.kind === 'user' && caller.userId === row.principal_id && row.role_definition_id === wellKnownRoles.globalAdministrator) {
    throw badRequest('Removing self from Global Administrator built-in role is not allowed');
  }
  const principal = await findPrincipal(db, row.principal_id);
  const scope = parseDirectoryScope(row.directory_scope_id) ?? { kind: 'tenant' as const };
  let scopeName: string | null = null;
  if (scope.kind !== 'tenant') {
    const named = await db.query<{ name: string | null }>(
      'select coalesce(au.display_name, a.display_name) as name from directory_objects o left join administrative_units au on au.id = o.id left join applications a on a.id = o.id where o.id = $1::uuid',
      [scope.objectId],
    );
    scopeName = named.rows[0]?.name ?? null;
  }
  await db.transaction(async (tx) => {
    const deleted = await tx.query('delete from role_assignments where id = $1', [id]);
    if (!deleted.affectedRows) throw notFound(id);
    await recordAudit(
      tx,
      c,
      assignmentAudit(
        'remove',
        { id: row.role_definition_id, template_id: row.template_id, display_name: row.display_name },
        principal ?? { id: row.principal_id, object_type: 'Other', display_name: null, user_principal_name: null, is_assignable_to_role: null },
        scope,
        scopeName,
      ),
    );
  });
}

/**
 * Rows → objects of `spec` (a unifiedRoleAssignment, or a PIM schedule, instance or request), expanding principal /
 * roleDefinition / directoryScope with one query per kind.
 */
export async function withRoleRelations(db: Queryable, spec: EntitySpec, rows: Record<string, unknown>[], query: CollectionQuery, select: string[] | null) {
  const expand = new Set(query.expand);
  const principals = expand.has('principal') ? await loadDirectoryObjects(db, rows.map((r) => String(r.principalId)), { full: true }) : null;
  const roles = expand.has('roleDefinition') ? await loadByIds(db, roleDefinitionSpec, rows.map((r) => String(r.roleDefinitionId))) : null;
  let scopes: Map<string, Record<string, unknown>> | null = null;
  if (expand.has('directoryScope')) {
    const scopeIds = rows.map((r) => parseDirectoryScope(String(r.directoryScopeId))).flatMap((s) => (s && s.kind !== 'tenant' ? [s.objectId] : []));
    scopes = await loadDirectoryObjects(db, scopeIds, { full: true });
  }
  const plainSelect = select?.filter((name) => !roleRelations.includes(name)) ?? null;
  return rows.map((row) => {
    const value = rowToEntity(spec, row, plainSelect);
    if (principals) value.principal = principals.get(String(row.principalId)) ?? null;
    if (roles) {
      const role = roles.get(String(row.roleDefinitionId));
      value.roleDefinition = role ? fullEntity(roleDefinitionSpec, role) : null;
    }
    if (scopes) {
      // Tenant scope ("/") expands to null: there is no directory object to return.
      const scope = parseDirectoryScope(String(row.directoryScopeId));
      value.directoryScope = scope && scope.kind !== 'tenant' ? (scopes.get(scope.objectId) ?? null) : null;
    }
    return value;
  });
}

/**
 * The scope of a create body. `resourceScope` is the deprecated name of `directoryScopeId` ("Don't use
 * 'resourceScope' … It will be deprecated soon", Entra's custom-assign-graph doc), so it still works alone; beside a
 * different directoryScopeId it is refused rather than one of them silently winning. Unverified against Graph.
 */
function legacyScope(body: Record<string, unknown>): unknown {
  const { directoryScopeId, resourceScope } = body;
  if (resourceScope === undefined || resourceScope === null) return directoryScopeId;
  if (typeof resourceScope !== 'string') throw invalidPropertyValue('resourceScope', resource);
  if (directoryScopeId === undefined || directoryScopeId === null) return resourceScope;
  if (typeof directoryScopeId === 'string' && directoryScopeId.toLowerCase() !== resourceScope.toLowerCase()) throw invalidPropertyValue('resourceScope', resource);
  return directoryScopeId;
}

export function registerRoleAssignmentRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;
  const base = '/v1.0/roleManagement/directory/roleAssignments';

  app.get(base, async (c) => {
    requirePermission(c, permissions.readRoleManagement);
    return listCollection(c, db, roleAssignmentSpec, contextPath, {
      expandable,
      selectExtra: expandable,
      map: (rows, query, select) => withRoleRelations(db, roleAssignmentSpec, rows, query, select),
    });
  });

  app.get(`${base}/:id`, async (c) => {
    requirePermission(c, permissions.readRoleManagement);
    const id = c.req.param('id');
    return getOne(c, db, roleAssignmentSpec, contextPath, (params) => [`ra.id = ${params.add(id)}`], id, {
      expandable,
      selectExtra: expandable,
      map: (rows, query, select) => withRoleRelations(db, roleAssignmentSpec, rows, query, select),
    });
  });

  app.post(base, async (c) => {
    await requireWrite(c, db, permissions.writeRoleManagement, adminRoles.roleManagement);
    const body = await readJsonBody(c);
    const odataType = body['@odata.type'];
    if (odataType !== undefined && odataType !== '#microsoft.graph.unifiedRoleAssignment') throw invalidPropertyValue('@odata.type', resource);
    if (body.appScopeId !== undefined && body.appScopeId !== null) throw invalidPropertyValue('appScopeId', resource);
    const roleDefinitionId = body.roleDefinitionId;
    const principalId = body.principalId;
    const directoryScopeId = legacyScope(body);
    if (typeof roleDefinitionId !== 'string' || !isGuid(roleDefinitionId)) throw invalidPropertyValue('roleDefinitionId', resource);
    if (typeof principalId !== 'string' || !isGuid(principalId)) throw invalidPropertyValue('principalId', resource);
    if (typeof directoryScopeId !== 'string') throw invalidPropertyValue('directoryScopeId', resource);
    const row = await createAssignment(c, deps, { roleDefinitionId, principalId, directoryScopeId });
    return entity(
      c,
      contextPath,
      { id: row.id, roleDefinitionId: row.role_definition_id, principalId: row.principal_id, directoryScopeId: row.directory_scope_id },
      { status: 201 },
    );
  });

  app.delete(`${base}/:id`, async (c) => {
    await requireWrite(c, db, permissions.writeRoleManagement, adminRoles.roleManagement);
    await deleteAssignment(c, deps, c.req.param('id'));
    return c.body(null, 204);
  });
}
