import 'server-only';
import { cache } from 'react';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import {
  countAdministrativeUnitMembers,
  directoryObjectKind,
  getAdministrativeUnit,
  isGuid,
  listAdministrativeUnitMembers,
  listAdministrativeUnits,
  type AdministrativeUnit,
} from '@/lib/graph/server';

export type AdministrativeUnitRow = {
  id: string;
  displayName: string;
  description: string;
  /** Direct members; null when the count couldn't be read (the list still shows the unit). */
  memberCount: number | null;
};

export type UnitMemberType = 'user' | 'group' | 'device' | 'other';

export type UnitMemberRow = {
  id: string;
  displayName: string;
  type: UnitMemberType;
  /** A user's UPN or a group's mail, when Graph has one. */
  secondary: string | null;
  /** "Guest" for B2B users. */
  userType: string | null;
};

/** A unit member's type: service principals, which a unit can't hold, fall with the rest under 'other'. */
function memberType(member: Parameters<typeof directoryObjectKind>[0]): UnitMemberType {
  const kind = directoryObjectKind(member);
  return kind === 'user' || kind === 'group' || kind === 'device' ? kind : 'other';
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The Administrative units list: every unit with its direct member count, in two Graph round trips. */
export async function loadAdministrativeUnitRows(): Promise<AdministrativeUnitRow[]> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const units = await listAdministrativeUnits(graph);
    const counts = await countAdministrativeUnitMembers(graph, units.map((unit) => unit.id));
    return units
      .map((unit) => ({
        id: unit.id,
        displayName: unit.displayName,
        description: unit.description ?? '',
        memberCount: counts.get(unit.id) ?? null,
      }))
      .sort((a, b) => byName.compare(a.displayName, b.displayName));
  });
}

/** The unit, read once per request whichever of layout and page asks first; null when malformed or unknown. */
export const loadAdministrativeUnit = cache(async (unitId: string): Promise<AdministrativeUnit | null> => {
  if (!isGuid(unitId)) return null;
  const graph = await requireGraph();
  return withSignInOnUnauthorized(() => getAdministrativeUnit(graph, unitId));
});

/** The unit's direct members (users, groups, devices): what a role scoped to the unit covers. */
export async function loadUnitMembers(unitId: string): Promise<UnitMemberRow[]> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const members = await listAdministrativeUnitMembers(graph, unitId);
    return members
      .map((member) => {
        const type = memberType(member);
        return {
          id: member.id,
          displayName: member.displayName ?? member.userPrincipalName ?? member.id,
          type,
          secondary: (type === 'user' ? member.userPrincipalName : member.mail) ?? null,
          userType: member.userType ?? null,
        };
      })
      .sort((a, b) => byName.compare(a.displayName, b.displayName));
  });
}
