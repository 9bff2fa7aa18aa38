import { isGuid } from '../seed/ids';
import type { Queryable } from '../store/db';
import { recordAudit } from './audit';
import { adminRoles, permissions, requirePermission, requireWrite } from './authorize';
import { invalidPropertyValue, isUniqueViolation, readJsonBody } from './body';
import type { GraphApp, GraphDeps } from './context';
import { fullEntity } from './entity';
import { roleDefinitionSpec } from './entities';
import { badRequest, conflictingObject, notFound } from './errors';
import { getOne, listCollection } from './list';
import { entity } from './respond';
import { loadByIds, requireGuid } from './query';
import { customRoleAllowlist } from './custom-role-actions';

const resource = 'UnifiedRoleDefinition';
const contextPath = 'roleManagement/directory/roleDefinitions';
const actionPattern = /^[A-Za-z0-9.]+\/[A-Za-z0-9]+(\.[A-Za-z0-9]+)*(\/[A-Za-z0-9._-]+)+$/;
/** Entra's limit on custom roles per organization (research §4.3). */
export const customRoleLimit = 100;

export type RoleDefinitionRow = {
  id: string;
  template_id: string;
  display_name: string;
  is_built_in: boolean;
  is_enabled: boolean;
  role_permissions: Array<{ allowedResourceActions: string[] }>;
  assignable_scopes: string[] | null;
};

/** A role definition by id or template id (Graph accepts either where a roleDefinitionId is expected). */
export async function findRoleDefinition(db: Queryable, id: string): Promise<RoleDefinitionRow | null> {
  if (!isGuid(id)) return null;
  const result = await db.query<RoleDefinitionRow>(
    `select id, template_id, display_name, is_built_in, is_enabled, role_permissions, assignable_scopes
       from role_definitions where id = $1::uuid or template_id = $1::uuid order by (id = $1::uuid) desc limit 1`,
    [id.toLowerCase()],
  );
  return result.rows[0] ?? null;
}

type RolePermissionsInput = Array<{ allowedResourceActions: string[]; condition: string | null }>;

function parseRolePermissions(value: unknown): RolePermissionsInput {
  if (!Array.isArray(value) || value.length === 0) throw invalidPropertyValue('rolePermissions', resource);
  return value.map((entry) => {
    const actions = (entry as { allowedResourceActions?: unknown })?.allowedResourceActions;
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === 'string')) {
      throw invalidPropertyValue('rolePermissions', resource);
    }
    const allowlist = customRoleAllowlist();
    for (const action of actions as string[]) {
      const namespace = action.split('/')[0] ?? action;
      if (namespace.toLowerCase() !== 'microsoft.directory') throw badRequest(`Resource category '${namespace}' is not supported.`);
      if (!actionPattern.test(action)) throw badRequest(`Action '${action}' is not supported for Custom Role creation`);
      if (!allowlist.has(action)) throw badRequest(`Action '${action}' is not supported for Custom Role creation`);
    }
    const condition = (entry as { condition?: unknown }).condition;
    if (condition !== undefined && condition !== null) throw badRequest('Conditions are not supported for custom roles.');
    const excluded = (entry as { excludedResourceActions?: unknown }).excludedResourceActions;
    if (Array.isArray(excluded) ? excluded.length > 0 : excluded !== undefined && excluded !== null) {
      throw badRequest('excludedResourceActions is not supported for custom roles.');
    }
    return { allowedResourceActions: actions as string[], condition: typeof condition === 'string' ? condition : null };
  });
}

function optionalString(body: Record<string, unknown>, name: string): string | null | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (value !== null && typeof value !== 'string') throw invalidPropertyValue(name, resource);
  return value;
}

async function loadForResponse(db: Queryable, id: string) {
  const rows = await loadByIds(db, roleDefinitionSpec, [id]);
  const row = rows.get(id);
  if (!row) throw notFound(id);
  return fullEntity(roleDefinitionSpec, row);
}

export function registerRoleDefinitionRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;
  const base = '/v1.0/roleManagement/directory/roleDefinitions';

  app.get(base, async (c) => {
    requirePermission(c, permissions.readRoleManagement);
    // Graph answers the role catalog in one response (no @odata.nextLink), however many custom roles exist.
    return listCollection(c, db, roleDefinitionSpec, contextPath, { pageSize: 5000 });
  });

  app.get(`${base}/:id`, async (c) => {
    requirePermission(c, permissions.readRoleManagement);
    const id = requireGuid(c.req.param('id'));
    return getOne(c, db, roleDefinitionSpec, contextPath, (params) => {
      const ref = params.add(id);
      return [`(rd.id = ${ref}::uuid or rd.template_id = ${ref}::uuid)`];
    }, id);
  });

  app.post(base, async (c) => {
    await requireWrite(c, db, permissions.writeRoleManagement, adminRoles.roleManagement);
    const body = await readJsonBody(c);
    const displayName = optionalString(body, 'displayName');
    if (!displayName || !displayName.trim()) throw invalidPropertyValue('displayName', resource);
    const description = optionalString(body, 'description') ?? null;
    const rolePermissions = parseRolePermissions(body.rolePermissions);
    const isEnabled = body.isEnabled === undefined ? true : body.isEnabled;
    if (typeof isEnabled !== 'boolean') throw invalidPropertyValue('isEnabled', resource);
    const templateId = optionalString(body, 'templateId');
    if (templateId && !isGuid(templateId)) throw invalidPropertyValue('templateId', resource);
    const version = optionalString(body, 'version') ?? '1';
    if (body.isBuiltIn === true) throw invalidPropertyValue('isBuiltIn', resource);
    const id = deps.store.newObjects.newId();
    try {
      await db.transaction(async (tx) => {
        const custom = await tx.query<{ n: number }>('select count(*)::int as n from role_definitions where not is_built_in');
        if ((custom.rows[0]?.n ?? 0) >= customRoleLimit) {
          throw badRequest(`The maximum number of custom role definitions (${customRoleLimit}) for this organization has been reached.`);
        }
        await tx.query(
          `insert into role_definitions (id, template_id, display_name, description, is_built_in, is_enabled, version, role_permissions, assignable_scopes)
           values ($1, $2, $3, $4, false, $5, $6, $7, null)`,
          [id, (templateId ?? id).toLowerCase(), displayName, description, isEnabled, version, JSON.stringify(rolePermissions)],
        );
        await recordAudit(tx, c, {
          category: 'RoleManagement',
          activityDisplayName: 'Add role definition',
          operationType: 'Add',
          targets: [
            {
              id,
              displayName,
              type: 'Role',
              modifiedProperties: [
                { displayName: 'Role.DisplayName', newValue: JSON.stringify(displayName) },
                { displayName: 'Role.Description', newValue: JSON.stringify(description) },
                { displayName: 'Role.TemplateId', newValue: JSON.stringify(templateId ?? id) },
                { displayName: 'Role.RolePermissions', newValue: JSON.stringify(rolePermissions) },
              ],
            },
          ],
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflictingObject();
      throw error;
    }
    deps.faults.markCreated(id);
    return entity(c, contextPath, await loadForResponse(db, id), { status: 201 });
  });

  app.patch(`${base}/:id`, async (c) => {
    await requireWrite(c, db, permissions.writeRoleManagement, adminRoles.roleManagement);
    const id = requireGuid(c.req.param('id'));
    const role = await findRoleDefinition(db, id);
    if (!role) throw notFound(id);
    if (role.is_built_in) throw badRequest('You cannot update built-in roles.');
    const body = await readJsonBody(c);
    const changes: Array<[column: string, value: unknown, property: string]> = [];
    for (const key of Object.keys(body)) {
      if (key === '@odata.type') continue;
      if (key === 'displayName') {
        const value = optionalString(body, key);
        if (!value || !value.trim()) throw invalidPropertyValue(key, resource);
        changes.push(['display_name', value, 'Role.DisplayName']);
      } else if (key === 'description') {
        changes.push(['description', optionalString(body, key) ?? null, 'Role.Description']);
      } else if (key === 'isEnabled') {
        if (typeof body.isEnabled !== 'boolean') throw invalidPropertyValue(key, resource);
        changes.push(['is_enabled', body.isEnabled, 'Role.IsEnabled']);
      } else if (key === 'rolePermissions') {
        changes.push(['role_permissions', JSON.stringify(parseRolePermissions(body.rolePermissions)), 'Role.RolePermissions']);
      } else if (key === 'templateId') {
        const value = optionalString(body, key);
        if (!value || !isGuid(value)) throw invalidPropertyValue(key, resource);
        changes.push(['template_id', value.toLowerCase(), 'Role.TemplateId']);
      } else if (key === 'version') {
        changes.push(['version', optionalString(body, key) ?? null, 'Role.Version']);
      } else {
        throw invalidPropertyValue(key, resource);
      }
    }
    if (changes.length > 0) {
      try {
        await db.transaction(async (tx) => {
          const sets = changes.map(([column], i) => `${column} = $${i + 2}`).join(', ');
          await tx.query(`update role_definitions set ${sets} where id = $1::uuid`, [role.id, ...changes.map(([, value]) => value)]);
          await recordAudit(tx, c, {
            category: 'RoleManagement',
            activityDisplayName: 'Update role definition',
            operationType: 'Update',
            targets: [
              {
                id: role.id,
                displayName: (changes.find(([column]) => column === 'display_name')?.[1] as string | undefined) ?? role.display_name,
                type: 'Role',
                modifiedProperties: changes.map(([, value, property]) => ({
                  displayName: property,
                  newValue: typeof value === 'string' && property === 'Role.RolePermissions' ? value : JSON.stringify(value),
                })),
              },
            ],
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflictingObject();
        throw error;
      }
    }
    return c.body(null, 204);
  });

  app.delete(`${base}/:id`, async (c) => {
    await requireWrite(c, db, permissions.writeRoleManagement, adminRoles.roleManagement);
    const id = requireGuid(c.req.param('id'));
    const role = await findRoleDefinition(db, id);
    if (!role) throw notFound(id);
    if (role.is_built_in) throw badRequest('You cannot delete built-in roles.');
    await db.transaction(async (tx) => {
      const used = await tx.query<{ n: number }>(
        `select (select count(*) from role_assignments where role_definition_id = $1::uuid)::int
              + (select count(*) from pim_schedules where role_definition_id = $1::uuid)::int as n`,
        [role.id],
      );
      if ((used.rows[0]?.n ?? 0) > 0) {
        throw badRequest('The role definition cannot be deleted because it has role assignments. Remove the assignments first.');
      }
      await tx.query('delete from role_definitions where id = $1::uuid', [role.id]);
      await recordAudit(tx, c, {
        category: 'RoleManagement',
        activityDisplayName: 'Delete role definition',
        operationType: 'Delete',
        targets: [{ id: role.id, displayName: role.display_name, type: 'Role', modifiedProperties: [{ displayName: 'Role.DisplayName', oldValue: JSON.stringify(role.display_name) }] }],
      });
    });
    return c.body(null, 204);
  });
}
