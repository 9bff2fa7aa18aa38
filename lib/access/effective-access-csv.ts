import { toCsv } from '@/lib/roles/assignments-csv';
import { fileNameSlug } from '@/lib/roles/assignments-csv-file';
import type { EffectiveHolder } from './effective-holders';

// "Download" on Effective access: one row per way a person or app can use the role, as the blade lists them.

export const EFFECTIVE_ACCESS_CSV_COLUMNS = ['Role', 'Name', 'Type', 'UPN or app ID', 'Object ID', 'How', 'Group', 'Group ID', 'State', 'Scope name', 'Scope ID', 'End time'] as const;

export type EffectiveAccessCsvRow = EffectiveHolder & { scopeName: string };

const typeOf = (holder: EffectiveHolder) => (holder.kind === 'servicePrincipal' ? 'Service principal' : holder.guest ? 'Guest user' : 'User');

export function effectiveAccessCsv(roleName: string, holders: readonly EffectiveAccessCsvRow[]): string {
  return toCsv(
    [
      [...EFFECTIVE_ACCESS_CSV_COLUMNS],
      ...holders.map((holder) => [
        roleName,
        holder.displayName,
        typeOf(holder),
        holder.signInName,
        holder.principalId,
        holder.via ? 'Group' : 'Direct',
        holder.via?.groupName ?? '',
        holder.via?.groupId ?? '',
        holder.state,
        holder.scopeName,
        holder.directoryScopeId,
        holder.endDateTime ?? 'Permanent',
      ]),
    ],
    { bom: true },
  );
}

export function effectiveAccessCsvFileName(now: Date, roleName: string): string {
  return `${fileNameSlug(roleName) || 'role'}-effective-access-${now.toISOString().slice(0, 10)}.csv`;
}
