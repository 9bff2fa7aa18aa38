import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import {
  getAdministrativeUnit,
  isGuid,
  listAdministrativeUnitMembers,
  listAdministrativeUnits,
  type AdministrativeUnit,
  type GraphClient,
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

const memberTypes: Record<string, UnitMemberType> = {
  '#microsoft.graph.user': 'user',
  '#microsoft.graph.group': 'group',
  '#microsoft.graph.device': 'device',
};

const countPageSchema = z.object({ '@odata.count': z.number().int() });

/**
 * Direct member counts of units in one `$batch` (20 per batch): `members?$count=true&$top=1&$select=id` with
 * `ConsistencyLevel: eventual`, never one request per row. A count that fails is null, not an error.
 */
async function countUnitMembers(graph: GraphClient, unitIds: readonly string[]): Promise<Map<string, number | null>> {
  const counts = new Map<string, number | null>();
  if (unitIds.length === 0) return counts;
  const results = await graph.batch(
    unitIds.map((id) => ({
      method: 'GET' as const,
      url: `/directory/administrativeUnits/${id}/members?$count=true&$top=1&$select=id`,
      eventual: true,
    })),
  );
  results.forEach((result, index) => {
    const parsed = result.ok ? countPageSchema.safeParse(result.body) : undefined;
    counts.set(unitIds[index] as string, parsed?.success ? parsed.data['@odata.count'] : null);
  });
  return counts;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The Administrative units list: every unit with its direct member count, in two Graph round trips. */
export async function loadAdministrativeUnitRows(): Promise<AdministrativeUnitRow[]> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const units = await listAdministrativeUnits(graph);
    const counts = await countUnitMembers(graph, units.map((unit) => unit.id));
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
        const type = memberTypes[member['@odata.type']?.toLowerCase() ?? ''] ?? 'other';
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
