import type { GraphClient } from './client';
import { countEach } from './batched-lists';
import { listDisplayNames } from './display-names';
import { assertGuid, isGuid, segment, withQuery } from './odata';
import {
  administrativeUnitFields,
  administrativeUnitSchema,
  directoryObjectSchema,
  scopedRoleMembershipSchema,
  type AdministrativeUnit,
  type DirectoryObject,
  type ScopedRoleMembership,
} from './schemas';

const select = administrativeUnitFields.join(',');

export async function listAdministrativeUnits(graph: GraphClient): Promise<AdministrativeUnit[]> {
  const { items } = await graph.list(withQuery('/directory/administrativeUnits', { $select: select }), administrativeUnitSchema);
  return items;
}

export async function getAdministrativeUnit(graph: GraphClient, id: string): Promise<AdministrativeUnit | null> {
  if (!isGuid(id)) return null;
  return graph.find(withQuery(`/directory/administrativeUnits/${segment(id)}`, { $select: select }), administrativeUnitSchema);
}

/** Direct member counts of units, in one round of `$batch`; a count that fails is null. */
export async function countAdministrativeUnitMembers(graph: GraphClient, unitIds: readonly string[]): Promise<Map<string, number | null>> {
  const counts = await countEach(graph, unitIds.map((id) => `/directory/administrativeUnits/${segment(id)}/members`));
  return new Map(unitIds.map((id, index) => [id, counts[index] ?? null]));
}

/** Display names of units by id (lower-cased keys); units that don't exist are left out. */
export function listAdministrativeUnitNames(graph: GraphClient, ids: readonly string[]): Promise<Map<string, string>> {
  return listDisplayNames(graph, '/directory/administrativeUnits', ids);
}

/** Direct members: a role at AU scope covers these, not members of groups inside the unit. */
export async function listAdministrativeUnitMembers(graph: GraphClient, unitId: string): Promise<DirectoryObject[]> {
  const { items } = await graph.list(
    withQuery(`/directory/administrativeUnits/${segment(assertGuid(unitId, 'administrative unit'))}/members`, {
      $select: 'id,displayName,userPrincipalName,mail,appId,userType',
    }),
    directoryObjectSchema,
  );
  return items;
}

/** Role holders scoped to the unit, as the AU's "Roles and administrators" blade lists them. */
export async function listScopedRoleMembers(graph: GraphClient, unitId: string): Promise<ScopedRoleMembership[]> {
  const { items } = await graph.list(
    `/directory/administrativeUnits/${segment(assertGuid(unitId, 'administrative unit'))}/scopedRoleMembers`,
    scopedRoleMembershipSchema,
  );
  return items;
}
