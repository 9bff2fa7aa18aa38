import type { AuditEntry, AuditTarget } from '../graph/audit';
import type { Queryable } from '../store/db';

/** PIM's activity names in directoryAudits (emulator/CONTRACT.md, "PIM"), logged by service "PIM". */
export const pimActivities = {
  addEligible: (permanent: boolean) => `Add eligible member to role in PIM completed (${permanent ? 'permanent' : 'timebound'})`,
  addActive: (permanent: boolean) => `Add member to role in PIM completed (${permanent ? 'permanent' : 'timebound'})`,
  removeEligible: 'Remove eligible member from role in PIM completed',
  removeActive: 'Remove member from role in PIM completed',
  updateEligible: 'Update eligible member in role in PIM completed',
  updateActive: 'Update member in role in PIM completed',
  extendEligible: 'Extend eligible member in role in PIM completed',
  extendActive: 'Extend member in role in PIM completed',
  renewEligible: 'Renew eligible member in role in PIM completed',
  renewActive: 'Renew member in role in PIM completed',
  activate: 'Add member to role completed (PIM activation)',
  deactivate: 'Remove member from role completed (PIM deactivate)',
  activationExpired: 'Remove member from role (PIM activation expired)',
} as const;

type Subject = { principalId: string; roleDefinitionId: string; directoryScopeId: string };

/** The audit record of one PIM change: the principal and the role as targets, the scope and request as details. */
export async function pimAuditEntry(
  db: Queryable,
  activityDisplayName: string,
  operationType: AuditEntry['operationType'],
  subject: Subject,
  requestId: string | null,
): Promise<AuditEntry> {
  const found = await db.query<{ object_type: string | null; name: string | null; upn: string | null; role_name: string | null; template_id: string | null }>(
    `select o.object_type, coalesce(u.display_name, g.display_name, s.display_name) as name, u.user_principal_name as upn,
            rd.display_name as role_name, rd.template_id
       from (select $1::uuid as principal, $2::uuid as role) x
       left join directory_objects o on o.id = x.principal
       left join users u on u.id = x.principal left join groups g on g.id = x.principal left join service_principals s on s.id = x.principal
       left join role_definitions rd on rd.id = x.role`,
    [subject.principalId, subject.roleDefinitionId],
  );
  const row = found.rows[0];
  const type: AuditTarget['type'] =
    row?.object_type === 'user' ? 'User' : row?.object_type === 'group' ? 'Group' : row?.object_type === 'servicePrincipal' ? 'ServicePrincipal' : 'Other';
  return {
    category: 'RoleManagement',
    loggedByService: 'PIM',
    activityDisplayName,
    operationType,
    targets: [
      { id: subject.principalId, displayName: row?.name ?? null, type, userPrincipalName: row?.upn ?? null },
      {
        id: subject.roleDefinitionId,
        displayName: row?.role_name ?? null,
        type: 'Role',
        modifiedProperties: [{ displayName: 'Role.TemplateId', newValue: JSON.stringify(row?.template_id ?? null) }],
      },
    ],
    additionalDetails: [
      { key: 'directoryScopeId', value: subject.directoryScopeId },
      ...(requestId ? [{ key: 'RequestId', value: requestId }] : []),
    ],
  };
}
