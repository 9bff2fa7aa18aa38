import type { Queryable } from '../store/db';
import type { RequestKind } from './actions';

/** The (principal, role, scope) a request is about. */
export type Subject = { principalId: string; roleDefinitionId: string; directoryScopeId: string };

/**
 * The eligibility or active assignment a request finds for its subject: a PIM schedule (current or future), or,
 * for active assignments, a plain /roleAssignments row (no schedule: "Assigned", permanent, `plain`).
 */
export type Item = {
  id: string;
  plain: boolean;
  memberType: string;
  assignmentType: string | null;
  activatedUsing: string | null;
  createdDateTime: Date | null;
  start: Date | null;
  end: Date | null;
  started: boolean;
  roleAssignmentId: string | null;
};

type ScheduleRow = {
  id: string; member_type: string; assignment_type: string | null; activated_using: string | null; created_date_time: Date;
  start_date_time: Date; end_date_time: Date | null; started: boolean; role_assignment_id: string | null;
};

export async function findItem(db: Queryable, kind: RequestKind, subject: Subject): Promise<Item | null> {
  const schedule = await db.query<ScheduleRow>(
    `select id, member_type, assignment_type, activated_using, created_date_time, start_date_time, end_date_time, started, role_assignment_id
       from pim_schedules where kind = $1 and principal_id = $2::uuid and role_definition_id = $3::uuid and lower(directory_scope_id) = lower($4)
      order by started desc, seq limit 1`,
    [kind, subject.principalId, subject.roleDefinitionId, subject.directoryScopeId],
  );
  const row = schedule.rows[0];
  if (row) {
    return {
      id: row.id, plain: false, memberType: row.member_type, assignmentType: row.assignment_type, activatedUsing: row.activated_using,
      createdDateTime: row.created_date_time, start: row.start_date_time, end: row.end_date_time, started: row.started, roleAssignmentId: row.role_assignment_id,
    };
  }
  if (kind === 'eligibility') return null;
  const plain = await db.query<{ id: string }>(
    `select id from role_assignments where principal_id = $1::uuid and role_definition_id = $2::uuid and lower(directory_scope_id) = lower($3)`,
    [subject.principalId, subject.roleDefinitionId, subject.directoryScopeId],
  );
  const found = plain.rows[0];
  if (!found) return null;
  return {
    id: found.id, plain: true, memberType: 'Direct', assignmentType: 'Assigned', activatedUsing: null,
    createdDateTime: null, start: null, end: null, started: true, roleAssignmentId: found.id,
  };
}

/** Statuses of a request that is still open: one more for the same subject is refused. */
export const openStatuses = ['Granted', 'PendingApproval', 'PendingAdminDecision'];

export async function hasOpenRequest(db: Queryable, kind: RequestKind, subject: Subject): Promise<boolean> {
  const result = await db.query(
    `select 1 from pim_requests where kind = $1 and principal_id = $2::uuid and role_definition_id = $3::uuid and lower(directory_scope_id) = lower($4)
        and status = any($5::text[]) and not is_validation_only limit 1`,
    [kind, subject.principalId, subject.roleDefinitionId, subject.directoryScopeId, `{${openStatuses.join(',')}}`],
  );
  return result.rows.length > 0;
}

/**
 * An item that ended within the last 30 days (what Renew brings back): the latest admin request that put it in
 * effect, when its end has passed and nothing current replaced it. Activations never count.
 */
export async function findExpired(db: Queryable, kind: RequestKind, subject: Subject, now: Date): Promise<{ requestId: string; end: Date } | null> {
  const result = await db.query<{ id: string; schedule_end: Date }>(
    `select id, schedule_end from pim_requests
      where kind = $1 and principal_id = $2::uuid and role_definition_id = $3::uuid and lower(directory_scope_id) = lower($4)
        and action in ('adminAssign', 'adminUpdate', 'adminExtend', 'adminRenew') and status = 'Provisioned' and not is_validation_only
      order by created_date_time desc, seq desc limit 1`,
    [kind, subject.principalId, subject.roleDefinitionId, subject.directoryScopeId],
  );
  const row = result.rows[0];
  if (!row?.schedule_end) return null;
  const end = row.schedule_end.getTime();
  if (end > now.getTime() || end < now.getTime() - 30 * 86_400_000) return null;
  return { requestId: row.id, end: row.schedule_end };
}

/** The eligibility a user may activate: their own, or one held by a role-assignable group they are a member of. */
export async function findEligibilityFor(db: Queryable, userId: string, roleDefinitionId: string, directoryScopeId: string) {
  const result = await db.query<{ id: string; principal_id: string; end_date_time: Date | null }>(
    `select s.id, s.principal_id, s.end_date_time from pim_schedules s
      where s.kind = 'eligibility' and s.started and s.role_definition_id = $2::uuid and lower(s.directory_scope_id) = lower($3)
        and (s.principal_id = $1::uuid
             or s.principal_id in (select m.group_id from group_members m join groups g on g.id = m.group_id
                                    where m.member_id = $1::uuid and g.is_assignable_to_role))
      order by (s.principal_id = $1::uuid) desc, s.seq limit 1`,
    [userId, roleDefinitionId, directoryScopeId],
  );
  const row = result.rows[0];
  return row ? { scheduleId: row.id, memberType: row.principal_id === userId ? 'Direct' : 'Group', end: row.end_date_time } : null;
}
