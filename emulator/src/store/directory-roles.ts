import { wellKnownRoles } from '../seed/catalog';
import { idFor } from '../seed/ids';
import type { Queryable } from './db';

/**
 * A directoryRole's id: its own GUID, not the template's (Graph's docs and its users show them differing), stable
 * for a tenant and template so a reseed or a restart gives the same id. Name-based, so activating a role never
 * takes a counted id from deterministic mode's sequence.
 */
export function directoryRoleId(tenantId: string, roleTemplateId: string): string {
  return idFor(`directoryRole:${tenantId.toLowerCase()}:${roleTemplateId.toLowerCase()}`);
}

/** Activates a built-in role (no-op when it already is): Entra does so on the role's first assignment. */
export async function activateDirectoryRole(db: Queryable, tenantId: string, roleTemplateId: string): Promise<void> {
  await db.query('insert into directory_roles (id, role_template_id) values ($1, $2) on conflict do nothing', [
    directoryRoleId(tenantId, roleTemplateId),
    roleTemplateId.toLowerCase(),
  ]);
}

/**
 * Activates Global Administrator (active in every tenant) and every built-in role that has an assignment: after a
 * seed, and on start for a data dir made before directory roles were stored.
 */
export async function activateAssignedRoles(db: Queryable, tenantId: string): Promise<void> {
  const roles = await db.query<{ id: string }>(
    `select rd.id from role_definitions rd
      where rd.is_built_in and (rd.id = $1::uuid or exists (select 1 from role_assignments ra where ra.role_definition_id = rd.id))`,
    [wellKnownRoles.globalAdministrator],
  );
  if (roles.rows.length === 0) return;
  await db.query(
    `insert into directory_roles (id, role_template_id)
     select * from unnest($1::uuid[], $2::uuid[]) on conflict do nothing`,
    [`{${roles.rows.map((r) => directoryRoleId(tenantId, r.id)).join(',')}}`, `{${roles.rows.map((r) => r.id).join(',')}}`],
  );
}
