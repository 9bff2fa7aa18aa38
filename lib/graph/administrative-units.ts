import type { GraphClient } from './client';
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
