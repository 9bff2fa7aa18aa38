import type { Context } from 'hono';
import { recordAudit } from '../graph/audit';
import { adminRoles, permissions, requirePermission, requireWrite } from '../graph/authorize';
import { invalidPropertyValue } from '../graph/body';
import type { GraphDeps, GraphEnv } from '../graph/context';
import { badRequest, GraphError, insufficientPrivileges } from '../graph/errors';
import { insertAssignmentRow, resolveAssignmentTarget, type AssignmentTarget } from '../graph/role-assignments';
import { callerHasMfa, checkAgainstPolicy } from '../policies/check';
import { wellKnownRoles } from '../seed/catalog';
import { assignmentId, formatDirectoryScope, isGuid } from '../seed/ids';
import type { Queryable } from '../store/db';
import { isRemoval, isSelfAction, parseAction, type RequestAction, type RequestKind } from './actions';
import { pimActivities, pimAuditEntry } from './audit';
import { activeDurationTooShort, iso, minimumDurationMs, policyValidationFailed, resolveSchedule, scheduleInfoJson, type ResolvedSchedule } from './schedule';
import { findEligibilityFor, findExpired, findItem, hasOpenRequest, type Item, type Subject } from './state';

export const requestResource = (kind: RequestKind) => (kind === 'eligibility' ? 'UnifiedRoleEligibilityScheduleRequest' : 'UnifiedRoleAssignmentScheduleRequest');

const alreadyExists = () => new GraphError(400, 'RoleAssignmentExists', 'The Role assignment already exists.');
const doesNotExist = () => new GraphError(400, 'RoleAssignmentDoesNotExist', 'The Role assignment does not exist.');
const pendingRequest = () => new GraphError(400, 'PendingRoleAssignmentRequest', 'There is already an existing pending Role assignment request.');

/** The token permissions that let a caller submit requests of each kind (research §2.7). */
export const writePermissions = (kind: RequestKind) =>
  kind === 'eligibility' ? permissions.writeRoleEligibilitySchedules : permissions.writeRoleAssignmentSchedules;

type Parsed = {
  action: RequestAction;
  subject: Subject;
  justification: string | null;
  ticketInfo: { ticketNumber: string | null; ticketSystem: string | null };
  isValidationOnly: boolean;
};

function parseBody(kind: RequestKind, body: Record<string, unknown>): Parsed {
  const resource = requestResource(kind);
  const action = parseAction(body.action);
  if (!action) throw invalidPropertyValue('action', resource);
  if (kind === 'eligibility' && (action === 'selfActivate' || action === 'selfDeactivate')) {
    throw badRequest(`The action '${action}' is not valid for a role eligibility schedule request; activation is a role assignment schedule request.`, 'BadRequest');
  }
  const { principalId, roleDefinitionId, directoryScopeId, justification, ticketInfo, isValidationOnly } = body;
  if (typeof principalId !== 'string' || !isGuid(principalId)) throw invalidPropertyValue('principalId', resource);
  if (typeof roleDefinitionId !== 'string' || !isGuid(roleDefinitionId)) throw invalidPropertyValue('roleDefinitionId', resource);
  if (body.appScopeId !== undefined && body.appScopeId !== null) throw invalidPropertyValue('appScopeId', resource);
  if (typeof directoryScopeId !== 'string') throw invalidPropertyValue('directoryScopeId', resource);
  if (justification !== undefined && justification !== null && typeof justification !== 'string') throw invalidPropertyValue('justification', resource);
  if (isValidationOnly !== undefined && isValidationOnly !== null && typeof isValidationOnly !== 'boolean') throw invalidPropertyValue('isValidationOnly', resource);
  let ticket = { ticketNumber: null as string | null, ticketSystem: null as string | null };
  if (ticketInfo !== undefined && ticketInfo !== null) {
    const t = ticketInfo as Record<string, unknown>;
    const text = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? v : undefined);
    const number = typeof ticketInfo === 'object' && !Array.isArray(ticketInfo) ? text(t.ticketNumber) : undefined;
    const system = typeof ticketInfo === 'object' && !Array.isArray(ticketInfo) ? text(t.ticketSystem) : undefined;
    if (number === undefined || system === undefined) throw invalidPropertyValue('ticketInfo', resource);
    ticket = { ticketNumber: number, ticketSystem: system };
  }
  return {
    action,
    subject: { principalId: principalId.toLowerCase(), roleDefinitionId: roleDefinitionId.toLowerCase(), directoryScopeId },
    justification: justification ?? null,
    ticketInfo: ticket,
    isValidationOnly: isValidationOnly === true,
  };
}

/** The outcome a request is answered with before anything is written. */
type Decision = { status: string; schedule: ResolvedSchedule | null; item: Item | null; memberType: string; activatedUsing: string | null };

/**
 * Checks one schedule request in the emulator's order (research §2.6): permission and Entra role (403), the
 * target's existence (404/400), hard limits (5 minutes), state (exists / does not exist / pending), policy rules,
 * then approval. Answers the request entity Graph returns with 201; `isValidationOnly` writes nothing.
 */
export async function submitScheduleRequest(c: Context<GraphEnv>, deps: GraphDeps, kind: RequestKind, body: Record<string, unknown>) {
  const db = deps.store.db;
  const resource = requestResource(kind);
  const parsed = parseBody(kind, body);
  const { action, subject } = parsed;
  const self = isSelfAction(action);
  const caller = self ? requirePermission(c, writePermissions(kind)) : await requireWrite(c, db, writePermissions(kind), adminRoles.roleManagement);
  if (self && caller.kind !== 'user') throw badRequest(`The action '${action}' needs a signed-in user (a delegated token).`, 'BadRequest');
  // Self actions act on the caller's own roles only (research §7.12: a group id is not accepted here).
  if (self && caller.kind === 'user' && subject.principalId !== caller.userId) throw insufficientPrivileges();

  const target = await resolveAssignmentTarget(db, subject, resource);
  if (kind === 'eligibility' && target.principal.object_type === 'servicePrincipal') {
    throw badRequest('Service principals can only be given active assignments.', 'BadRequest');
  }
  const normalized: Subject = { ...subject, roleDefinitionId: target.role.id, directoryScopeId: formatDirectoryScope(target.scope) };
  const now = deps.store.pimClock.now();
  let schedule: ResolvedSchedule | null = null;
  if (!isRemoval(action)) {
    schedule = resolveSchedule(body.scheduleInfo, now, resource);
    if ((action === 'adminExtend' || action === 'adminRenew') && !schedule.given) throw policyValidationFailed(['ExpirationRule']);
    if (schedule.end && schedule.end.getTime() - schedule.start.getTime() < minimumDurationMs) throw activeDurationTooShort();
  }

  const decision = await decide(db, kind, action, normalized, schedule, now);
  if (schedule) {
    const policy = await checkAgainstPolicy(db, deps.tenantId, {
      roleDefinitionId: target.role.id,
      level: kind === 'eligibility' ? 'Eligibility' : 'Assignment',
      caller: self ? 'EndUser' : 'Admin',
      action,
      start: schedule.start,
      end: schedule.end,
      justification: parsed.justification,
      ticketInfo: parsed.ticketInfo,
      mfa: callerHasMfa(caller),
    });
    if (policy.failedRules.length) throw policyValidationFailed(policy.failedRules);
    if (policy.approvalRequired && action === 'selfActivate') decision.status = 'PendingApproval';
  }

  const id = deps.store.newObjects.newId();
  const createdBy =
    caller.kind === 'user'
      ? { application: null, device: null, user: { displayName: null, id: caller.userId } }
      : { application: { displayName: null, id: caller.clientId }, device: null, user: null };
  const inEffect = decision.status === 'Provisioned' || decision.status === 'Granted';
  const request = {
    id,
    status: decision.status,
    createdDateTime: iso(now),
    completedDateTime: decision.status === 'Provisioned' ? iso(now) : decision.status === 'Granted' ? iso(schedule?.start ?? now) : null,
    approvalId: decision.status === 'PendingApproval' ? id : null,
    customData: null,
    action,
    principalId: normalized.principalId,
    roleDefinitionId: normalized.roleDefinitionId,
    directoryScopeId: normalized.directoryScopeId,
    appScopeId: null,
    isValidationOnly: parsed.isValidationOnly,
    targetScheduleId: isRemoval(action) ? null : id,
    justification: parsed.justification,
    createdBy,
    scheduleInfo: schedule ? scheduleInfoJson(schedule) : null,
    ticketInfo: parsed.ticketInfo,
  };
  if (parsed.isValidationOnly) return request;

  await db.transaction(async (tx) => {
    await tx.query(
      `insert into pim_requests (id, kind, action, status, principal_id, role_definition_id, directory_scope_id, justification, schedule_info,
         schedule_start, schedule_end, ticket_info, is_validation_only, target_schedule_id, created_by, created_by_user_id, created_date_time, completed_date_time)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, false, $13, $14, $15, $16, $17)`,
      [
        id, kind, action, decision.status, normalized.principalId, normalized.roleDefinitionId, normalized.directoryScopeId, parsed.justification,
        request.scheduleInfo ? JSON.stringify(request.scheduleInfo) : null, schedule?.start ?? null, schedule?.end ?? null,
        JSON.stringify(parsed.ticketInfo), request.targetScheduleId, JSON.stringify(createdBy), caller.kind === 'user' ? caller.userId : null,
        now, request.completedDateTime,
      ],
    );
    if (isRemoval(action)) await removeItem(tx, kind, decision.item);
    else if (inEffect && schedule && action !== 'selfExtend' && action !== 'selfRenew') {
      await putSchedule(tx, deps.tenantId, kind, id, normalized, target, schedule, decision, now, action);
    }
    const activity = auditActivity(kind, action, schedule);
    // A future activation is logged when it starts (the sweep), everything else when it is accepted.
    const logged = decision.status === 'Provisioned' || decision.status === 'Revoked' || (decision.status === 'Granted' && action !== 'selfActivate');
    if (activity && logged) await recordAudit(tx, c, await pimAuditEntry(tx, activity, isRemoval(action) ? 'Unassign' : 'Assign', normalized, id));
  });
  deps.store.pimSweeper.invalidate();
  return request;
}

/** Step 4 of the validation order: what the request finds, and the status it would get. */
async function decide(db: Queryable, kind: RequestKind, action: RequestAction, subject: Subject, schedule: ResolvedSchedule | null, now: Date): Promise<Decision> {
  const item = await findItem(db, kind, subject);
  const future = schedule !== null && schedule.start.getTime() > now.getTime();
  const base: Decision = { status: future ? 'Granted' : 'Provisioned', schedule, item, memberType: item?.memberType ?? 'Direct', activatedUsing: item?.activatedUsing ?? null };
  switch (action) {
    case 'adminAssign': {
      if (item?.started) throw alreadyExists();
      if (await hasOpenRequest(db, kind, subject)) throw pendingRequest();
      if (item) throw alreadyExists();
      return { ...base, memberType: 'Direct', activatedUsing: null };
    }
    case 'adminUpdate':
    case 'adminExtend': {
      if (!item?.started) throw doesNotExist();
      if (await hasOpenRequest(db, kind, subject)) throw pendingRequest();
      return base;
    }
    case 'adminRenew':
    case 'selfRenew': {
      if (item || !(await findExpired(db, kind, subject, now))) throw doesNotExist();
      if (await hasOpenRequest(db, kind, subject)) throw pendingRequest();
      return action === 'selfRenew' ? { ...base, status: 'PendingAdminDecision' } : { ...base, memberType: 'Direct', activatedUsing: null };
    }
    case 'selfExtend': {
      if (!item?.started || item.plain || !item.end) throw doesNotExist();
      if (await hasOpenRequest(db, kind, subject)) throw pendingRequest();
      return { ...base, status: 'PendingAdminDecision' };
    }
    case 'adminRemove': {
      if (!item) throw doesNotExist();
      if (item.createdDateTime && now.getTime() - item.createdDateTime.getTime() < minimumDurationMs) throw activeDurationTooShort();
      if (kind === 'assignment' && item.started) await refuseLastAdministrator(db, subject, item);
      return { ...base, status: 'Revoked' };
    }
    case 'selfDeactivate': {
      if (!item?.started || item.assignmentType !== 'Activated') throw doesNotExist();
      if (item.start && now.getTime() - item.start.getTime() < minimumDurationMs) throw activeDurationTooShort();
      return { ...base, status: 'Revoked' };
    }
    case 'selfActivate': {
      const eligibility = await findEligibilityFor(db, subject.principalId, subject.roleDefinitionId, subject.directoryScopeId);
      if (!eligibility) throw doesNotExist();
      if (item) throw alreadyExists();
      if (await hasOpenRequest(db, kind, subject)) throw pendingRequest();
      return { ...base, memberType: eligibility.memberType, activatedUsing: eligibility.scheduleId };
    }
  }
}

const guardedRoles: Record<string, string> = {
  [wellKnownRoles.globalAdministrator]: 'Global Administrator',
  [wellKnownRoles.privilegedRoleAdministrator]: 'Privileged Role Administrator',
};

/** PIM keeps the tenant manageable: the last active Global Administrator (or PRA) assignment stays. */
async function refuseLastAdministrator(db: Queryable, subject: Subject, item: Item): Promise<void> {
  const name = guardedRoles[subject.roleDefinitionId];
  if (!name || subject.directoryScopeId !== '/') return;
  const others = await db.query(`select 1 from role_assignments where role_definition_id = $1::uuid and directory_scope_id = '/' and id <> $2 limit 1`, [
    subject.roleDefinitionId,
    item.roleAssignmentId ?? '',
  ]);
  if (others.rows.length === 0) throw badRequest(`The last active ${name} assignment cannot be removed.`, 'BadRequest');
}

async function removeItem(tx: Queryable, kind: RequestKind, item: Item | null): Promise<void> {
  if (!item) return;
  if (item.roleAssignmentId) await tx.query('delete from role_assignments where id = $1', [item.roleAssignmentId]);
  if (item.plain) return;
  await tx.query('delete from pim_schedules where id = $1', [item.id]);
  // Removing a future item closes the Granted request behind it, as a cancel would; else it would stay "pending" forever.
  await tx.query(`update pim_requests set status = $2 where target_schedule_id = $1 and status = 'Granted'`, [item.id, kind === 'eligibility' ? 'Revoked' : 'Canceled']);
}

/** Writes the schedule a request creates (replacing the one it updates), and the roleAssignments row of an active one in effect. */
async function putSchedule(
  tx: Queryable, tenantId: string, kind: RequestKind, id: string, subject: Subject, target: AssignmentTarget,
  schedule: ResolvedSchedule, decision: Decision, now: Date, action: RequestAction,
): Promise<void> {
  const started = decision.status === 'Provisioned';
  const replacing = action === 'adminUpdate' || action === 'adminExtend' ? decision.item : null;
  let roleAssignmentId: string | null = null;
  if (replacing) {
    if (!replacing.plain) await tx.query('delete from pim_schedules where id = $1', [replacing.id]);
    if (replacing.roleAssignmentId && started) roleAssignmentId = replacing.roleAssignmentId;
    else if (replacing.roleAssignmentId) await tx.query('delete from role_assignments where id = $1', [replacing.roleAssignmentId]);
  }
  if (kind === 'assignment' && started && !roleAssignmentId) roleAssignmentId = (await insertAssignmentRow(tx, tenantId, target, subject.principalId)).id;
  const assignmentType = kind === 'eligibility' ? null : action === 'selfActivate' ? 'Activated' : (replacing?.assignmentType ?? 'Assigned');
  await tx.query(
    `insert into pim_schedules (id, kind, principal_id, role_definition_id, directory_scope_id, instance_id, member_type, assignment_type, created_using,
       activated_using, created_date_time, modified_date_time, start_date_time, end_date_time, expiration_type, duration, started, role_assignment_id)
     values ($1::text, $2, $3, $4, $5, $6, $7, $8, $1::uuid, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      id, kind, subject.principalId, subject.roleDefinitionId, subject.directoryScopeId,
      `${assignmentId(subject.roleDefinitionId, subject.principalId, subject.directoryScopeId)}-e`,
      decision.memberType, assignmentType, decision.activatedUsing, replacing?.createdDateTime ?? now, replacing ? now : null,
      schedule.start, schedule.end, schedule.expirationType, schedule.duration, started, roleAssignmentId,
    ],
  );
}

function auditActivity(kind: RequestKind, action: RequestAction, schedule: ResolvedSchedule | null): string | null {
  const eligible = kind === 'eligibility';
  const permanent = !schedule?.end;
  switch (action) {
    case 'adminAssign':
      return eligible ? pimActivities.addEligible(permanent) : pimActivities.addActive(permanent);
    case 'adminRemove':
      return eligible ? pimActivities.removeEligible : pimActivities.removeActive;
    case 'adminUpdate':
      return eligible ? pimActivities.updateEligible : pimActivities.updateActive;
    case 'adminExtend':
      return eligible ? pimActivities.extendEligible : pimActivities.extendActive;
    case 'adminRenew':
      return eligible ? pimActivities.renewEligible : pimActivities.renewActive;
    case 'selfActivate':
      return pimActivities.activate;
    case 'selfDeactivate':
      return pimActivities.deactivate;
    default:
      return null;
  }
}
