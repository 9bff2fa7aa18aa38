import type { RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { assignmentsCsv, type AssignmentCsvEntry } from '@/lib/roles/assignments-csv';

/**
 * "Download assignments" for one role: every assignment at every scope (not only the filtered ones), as Entra's
 * download does, built from what the blade already holds, so it costs no Graph request.
 */
export function downloadAssignmentsCsv(role: { id: string; displayName: string }, rows: readonly RoleAssignmentRow[]): void {
  const entries: AssignmentCsvEntry[] = rows.flatMap((row) =>
    // A principal Graph no longer returns has no type to write; Graph removes its assignments with it.
    row.principalType === 'unknown' ? [] : [{
      role,
      assignment: { id: row.id, roleDefinitionId: row.roleDefinitionId, principalId: row.principalId, directoryScopeId: row.directoryScopeId },
      principal: {
        type: row.principalType,
        displayName: row.displayName,
        userPrincipalNameOrAppId: row.userPrincipalName ?? row.appId ?? undefined,
      },
      scopeName: row.scopeName,
    }],
  );
  const blob = new Blob([assignmentsCsv(entries, { bom: true })], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${role.displayName} assignments.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
