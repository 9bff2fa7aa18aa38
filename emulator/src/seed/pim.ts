import { insertRows, type Queryable } from '../store/db';
import { wellKnownRoles as roles } from './catalog';
import { assignmentId, idFor } from './ids';
import { assignmentRow } from './tenant';

const day = 86_400_000;
export const messageCenterReader = '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b';
export const seededJustification = 'Seeded by the demo tenant';

/**
 * One seeded PIM item (emulator/CONTRACT.md, "Demo tenant"): an eligibility or a time-bound active assignment,
 * made by an adminAssign request. Offsets are days from the PIM clock at seed time; `endDays` null = permanent.
 * An `expired` one keeps only its request (the portal's Expired assignments tab reads requests).
 */
export type PimSeedItem = {
  name: string;
  kind: 'eligibility' | 'assignment';
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId: string;
  startDays: number;
  endDays: number | null;
  expired?: boolean;
};

export function contosoPimItems(ids: { user: (alias: string) => string; group: (name: string) => string }): PimSeedItem[] {
  const tenant = '/';
  return [
    { name: 'LeeG eligible Global Administrator', kind: 'eligibility', principalId: ids.user('LeeG'), roleDefinitionId: roles.globalAdministrator, directoryScopeId: tenant, startDays: -30, endDays: null },
    { name: 'AlexW eligible User Administrator', kind: 'eligibility', principalId: ids.user('AlexW'), roleDefinitionId: roles.userAdministrator, directoryScopeId: tenant, startDays: -10, endDays: 90 },
    { name: 'Contoso_App_Admins eligible Application Administrator', kind: 'eligibility', principalId: ids.group('Contoso_App_Admins'), roleDefinitionId: roles.applicationAdministrator, directoryScopeId: tenant, startDays: -45, endDays: null },
    { name: 'JohannaL eligible Security Administrator', kind: 'eligibility', principalId: ids.user('JohannaL'), roleDefinitionId: roles.securityAdministrator, directoryScopeId: tenant, startDays: -20, endDays: 10 },
    { name: 'JoniS active Reports Reader', kind: 'assignment', principalId: ids.user('JoniS'), roleDefinitionId: roles.reportsReader, directoryScopeId: tenant, startDays: -30, endDays: 5 },
    { name: 'GradyA expired Message Center Reader', kind: 'assignment', principalId: ids.user('GradyA'), roleDefinitionId: messageCenterReader, directoryScopeId: tenant, startDays: -33, endDays: -3, expired: true },
  ];
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Writes the items' requests, schedules and (active, current) roleAssignments rows; after the tenant's other rows. */
export async function writePimItems(db: Queryable, items: PimSeedItem[], now: Date, createdByUserId: string): Promise<void> {
  const at = (days: number) => now.getTime() + days * day;
  const requests = items.map((item) => ({
    id: idFor(`pim-request:${item.name}`),
    kind: item.kind,
    action: 'adminAssign',
    status: 'Provisioned',
    principal_id: item.principalId,
    role_definition_id: item.roleDefinitionId,
    directory_scope_id: item.directoryScopeId,
    justification: seededJustification,
    schedule_info: {
      startDateTime: isoSeconds(at(item.startDays)),
      recurrence: null,
      expiration:
        item.endDays === null
          ? { type: 'noExpiration', endDateTime: null, duration: null }
          : { type: 'afterDateTime', endDateTime: isoSeconds(at(item.endDays)), duration: null },
    },
    schedule_start: new Date(at(item.startDays)),
    schedule_end: item.endDays === null ? null : new Date(at(item.endDays)),
    ticket_info: { ticketNumber: null, ticketSystem: null },
    is_validation_only: false,
    target_schedule_id: idFor(`pim-request:${item.name}`),
    created_by: { application: null, device: null, user: { displayName: null, id: createdByUserId } },
    created_by_user_id: createdByUserId,
    created_date_time: new Date(at(item.startDays)),
    completed_date_time: new Date(at(item.startDays)),
  }));
  await insertRows(db, 'pim_requests', requests);
  const current = items.filter((item) => !item.expired);
  const active = current.filter((item) => item.kind === 'assignment').map((item) => assignmentRow({ role_definition_id: item.roleDefinitionId, principal_id: item.principalId, directory_scope_id: item.directoryScopeId }));
  await insertRows(db, 'role_assignments', active);
  await insertRows(
    db,
    'pim_schedules',
    current.map((item) => ({
      id: idFor(`pim-request:${item.name}`),
      kind: item.kind,
      principal_id: item.principalId,
      role_definition_id: item.roleDefinitionId,
      directory_scope_id: item.directoryScopeId,
      instance_id: `${assignmentId(item.roleDefinitionId, item.principalId, item.directoryScopeId)}-e`,
      member_type: 'Direct',
      assignment_type: item.kind === 'assignment' ? 'Assigned' : null,
      created_using: idFor(`pim-request:${item.name}`),
      activated_using: null,
      created_date_time: new Date(at(item.startDays)),
      modified_date_time: null,
      start_date_time: new Date(at(item.startDays)),
      end_date_time: item.endDays === null ? null : new Date(at(item.endDays)),
      expiration_type: item.endDays === null ? 'noExpiration' : 'afterDateTime',
      duration: null,
      started: true,
      role_assignment_id: item.kind === 'assignment' ? assignmentId(item.roleDefinitionId, item.principalId, item.directoryScopeId) : null,
    })),
  );
}
