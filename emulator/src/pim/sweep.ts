import { recordPimServiceAudit } from '../graph/audit';
import type { NewObjects } from '../new-objects';
import { assignmentRow } from '../seed/tenant';
import type { Db, Queryable } from '../store/db';
import { activateDirectoryRole } from '../store/directory-roles';
import { pimActivities, pimAuditEntry } from './audit';

type Due = {
  id: string;
  kind: 'eligibility' | 'assignment';
  assignment_type: string | null;
  principal_id: string;
  role_definition_id: string;
  directory_scope_id: string;
  role_assignment_id: string | null;
  created_using: string | null;
};

/**
 * Time moves on without a restart: before each Graph request, schedules whose end has passed are ended (an active
 * one's roleAssignments row goes with it) and future ones whose start has come take effect (an active one gets
 * its row). Cheap: it remembers the next instant anything is due and does nothing before then; every PIM write
 * (and a clock change, a reseed) calls invalidate() so the next request looks again.
 */
export class PimSweeper {
  private nextDueMs = Number.NEGATIVE_INFINITY;
  private running: Promise<void> | null = null;

  invalidate(): void {
    this.nextDueMs = Number.NEGATIVE_INFINITY;
  }

  async sweepIfDue(db: Db, now: Date, context: { tenantId: string; newObjects: NewObjects }): Promise<void> {
    if (now.getTime() < this.nextDueMs) return;
    // Concurrent requests share one sweep rather than racing to end the same schedules.
    while (this.running) await this.running;
    if (now.getTime() < this.nextDueMs) return;
    this.running = (async () => {
      try {
        this.nextDueMs = await db.transaction((tx) => sweep(tx, now, context));
      } finally {
        this.running = null;
      }
    })();
    await this.running;
  }
}

/** Ends and starts what is due at `now`; returns the next instant something is due (Infinity: nothing is). */
export async function sweep(tx: Queryable, now: Date, context: { tenantId: string; newObjects: NewObjects }): Promise<number> {
  const at = now.toISOString();
  const ended = await tx.query<Due>(
    `select id, kind, assignment_type, principal_id, role_definition_id, directory_scope_id, role_assignment_id, created_using
       from pim_schedules where end_date_time <= $1::timestamptz order by seq`,
    [at],
  );
  for (const row of ended.rows) {
    if (row.role_assignment_id) await tx.query('delete from role_assignments where id = $1', [row.role_assignment_id]);
    await tx.query('delete from pim_schedules where id = $1', [row.id]);
    // A clock jump past both its start and its end: it was in effect, if only between two readings.
    await tx.query(`update pim_requests set status = 'Provisioned' where target_schedule_id = $1 and status = 'Granted'`, [row.id]);
    if (row.assignment_type === 'Activated') {
      await recordPimServiceAudit(tx, context.newObjects, await pimAuditEntry(tx, pimActivities.activationExpired, 'Unassign', subject(row), row.created_using));
    }
  }
  const starting = await tx.query<Due>(
    `select id, kind, assignment_type, principal_id, role_definition_id, directory_scope_id, role_assignment_id, created_using
       from pim_schedules where not started and start_date_time <= $1::timestamptz order by seq`,
    [at],
  );
  for (const row of starting.rows) {
    let roleAssignmentId: string | null = null;
    if (row.kind === 'assignment') {
      const assignment = assignmentRow(row);
      const inserted = await tx.query(
        `insert into role_assignments (id, role_definition_id, principal_id, directory_scope_id, scope_administrative_unit_id, scope_application_id)
         values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
        [assignment.id, assignment.role_definition_id, assignment.principal_id, assignment.directory_scope_id, assignment.scope_administrative_unit_id, assignment.scope_application_id],
      );
      // A plain assignment made meanwhile for the same (principal, role, scope) keeps its row; this schedule then has none.
      if (inserted.affectedRows) {
        roleAssignmentId = assignment.id;
        const role = await tx.query<{ is_built_in: boolean }>('select is_built_in from role_definitions where id = $1', [row.role_definition_id]);
        if (role.rows[0]?.is_built_in) await activateDirectoryRole(tx, context.tenantId, row.role_definition_id);
      }
    }
    await tx.query('update pim_schedules set started = true, role_assignment_id = $2 where id = $1', [row.id, roleAssignmentId]);
    await tx.query(`update pim_requests set status = 'Provisioned' where target_schedule_id = $1 and status = 'Granted'`, [row.id]);
    if (row.assignment_type === 'Activated') {
      await recordPimServiceAudit(tx, context.newObjects, await pimAuditEntry(tx, pimActivities.activate, 'Assign', subject(row), row.created_using));
    }
  }
  const next = await tx.query<{ next: Date | null }>(
    `select least((select min(end_date_time) from pim_schedules where end_date_time is not null),
                  (select min(start_date_time) from pim_schedules where not started)) as next`,
  );
  return next.rows[0]?.next ? next.rows[0].next.getTime() : Number.POSITIVE_INFINITY;
}

const subject = (row: Due) => ({ principalId: row.principal_id, roleDefinitionId: row.role_definition_id, directoryScopeId: row.directory_scope_id });
