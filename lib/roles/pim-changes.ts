import type { NewScheduleRequest, ScheduleRequestAction, ScheduleRequestKind } from '@/lib/graph/schedule-request-plans';
import type { PimAction } from './pim-labels';

// A row action (Update, Remove, Extend, Renew) as the PIM schedule request Graph gets. Pure and zod-free: the confirm
// dialog builds its "View Graph request" preview from it, and the server action sends exactly the same.

export type PimChange = {
  change: PimAction;
  kind: ScheduleRequestKind;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId: string;
  /** ISO 8601; omitted: now. */
  startDateTime?: string;
  /** ISO 8601; null: permanent. Ignored for Remove. */
  endDateTime: string | null;
  justification?: string;
};

const actions: Record<PimAction, ScheduleRequestAction> = {
  update: 'adminUpdate',
  remove: 'adminRemove',
  extend: 'adminExtend',
  renew: 'adminRenew',
};

export function pimChangeRequest(change: PimChange): NewScheduleRequest {
  const base = {
    action: actions[change.change],
    principalId: change.principalId,
    roleDefinitionId: change.roleDefinitionId,
    directoryScopeId: change.directoryScopeId,
    justification: change.justification,
  };
  // A removal names principal, role and scope only (research §2.2).
  if (change.change === 'remove') return base;
  return {
    ...base,
    scheduleInfo: {
      ...(change.startDateTime ? { startDateTime: change.startDateTime } : {}),
      expiration: change.endDateTime === null ? { type: 'noExpiration' } : { type: 'afterDateTime', endDateTime: change.endDateTime },
    },
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the dialog proposes: Update keeps the schedule as it is; Extend moves the end 90 days past the later of now and
 * the current end; Renew starts now for 90 days. Remove has no schedule.
 */
export function proposedSchedule(change: PimAction, current: { startDateTime: string | null; endDateTime: string | null }, now: Date): { startDateTime: string | null; endDateTime: string | null } {
  const in90 = (from: number) => new Date(from + 90 * DAY_MS).toISOString();
  if (change === 'update') return current;
  if (change === 'extend') {
    const end = current.endDateTime ? Date.parse(current.endDateTime) : now.getTime();
    return { startDateTime: current.startDateTime, endDateTime: in90(Math.max(end, now.getTime())) };
  }
  if (change === 'renew') return { startDateTime: now.toISOString(), endDateTime: in90(now.getTime()) };
  return { startDateTime: null, endDateTime: null };
}
