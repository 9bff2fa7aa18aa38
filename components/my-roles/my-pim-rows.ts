import type { RoleAssignmentScheduleInstance, RoleEligibilitySchedule, RoleScheduleRequest } from '@/lib/graph/pim-schemas';
import type { AssignmentPath } from '@/lib/roles/inherited-roles';
import { PERMANENT } from '@/lib/roles/pim-labels';
import { timeLeftText } from '@/lib/roles/time-left';
import type { RoleAtScope } from '@/lib/views/role-at-scope';

// My roles' three lists, built from what the page read (pure, so the rules are unit-tested): the caller's eligible
// roles with whether Activate applies, the roles in effect with their PIM schedule (start, end, time left, whether
// the caller may Deactivate), and the caller's own requests, newest first.

type Eligibility = RoleEligibilitySchedule & { roleName: string; viaGroup: string | null };
type Instance = RoleAssignmentScheduleInstance & { roleName: string };
type Request = RoleScheduleRequest & { roleName: string };

/** What the page reads for its lists (lib/views/my-roles.ts), as plain data for the browser. */
export type MyRolesData = {
  userId: string;
  /** The roles in effect, from /roleAssignments (direct and through groups): the list My roles has always shown. */
  held: Array<RoleAtScope & { via: AssignmentPath }>;
  eligible: Eligibility[];
  active: Instance[];
  requests: Request[];
  /** Scope names by directoryScopeId ("Directory", a unit's or an app's name). */
  scopeNames: Record<string, string>;
};

const scopeOf = (item: { directoryScopeId?: string | null }) => item.directoryScopeId ?? '/';
const keyOf = (item: { roleDefinitionId: string; directoryScopeId?: string | null }) => `${item.roleDefinitionId.toLowerCase()} ${scopeOf(item)}`;
const time = (value: string | null | undefined) => (value ? Date.parse(value) : Number.NaN);

/**
 * "Now" by Graph's clock, as far as the lists tell: every active instance has started and not ended, and every request
 * was created, by Graph's clock. The server's clock is used while it agrees with that; when it doesn't (the
 * emulator's PIM clock stands still or was moved), the latest moment Graph showed to have passed is used instead, so
 * an activation Graph says is running never reads "ended".
 */
export function graphNow(data: Pick<MyRolesData, 'active' | 'requests'>, serverNow: number): number {
  const passed = [
    ...data.active.map((item) => time(item.startDateTime)),
    ...data.requests.map((item) => time(item.createdDateTime)),
  ].filter((value) => !Number.isNaN(value));
  const ends = data.active.map((item) => time(item.endDateTime)).filter((value) => !Number.isNaN(value));
  const earliest = passed.length ? Math.max(...passed) : Number.NEGATIVE_INFINITY;
  const latest = ends.length ? Math.min(...ends) : Number.POSITIVE_INFINITY;
  if (serverNow >= earliest && serverNow < latest) return serverNow;
  return Number.isFinite(earliest) ? earliest : serverNow;
}

export type EligibleRow = {
  id: string;
  roleDefinitionId: string;
  roleName: string;
  directoryScopeId: string;
  scopeName: string;
  /** The group the eligibility comes through; null when held directly. */
  viaGroup: string | null;
  startDateTime: string | null;
  endDateTime: string | null;
  /** Activate applies; otherwise why not, in words for the Action column. */
  activation: { can: true } | { can: false; reason: 'Active' | 'Requested' | 'Starts later' };
};

const OPEN_STATUSES = new Set(['granted', 'pendingapproval', 'pendingprovisioning', 'pendingadmindecision', 'pendingschedulecreation']);

/** The caller's eligibilities, soonest end first; Activate unless already active, already requested, or not started. */
export function eligibleRows(data: MyRolesData, now: number): EligibleRow[] {
  const activeKeys = new Set(data.active.filter((item) => item.principalId === data.userId).map(keyOf));
  const openKeys = new Set(data.requests.filter((item) => item.action.toLowerCase() === 'selfactivate' && OPEN_STATUSES.has(item.status.toLowerCase())).map(keyOf));
  const rows = data.eligible.map((item): EligibleRow => {
    const start = item.scheduleInfo?.startDateTime ?? null;
    const end = item.scheduleInfo?.expiration?.endDateTime ?? null;
    const key = keyOf(item);
    const activation: EligibleRow['activation'] = activeKeys.has(key)
      ? { can: false, reason: 'Active' }
      : openKeys.has(key)
        ? { can: false, reason: 'Requested' }
        : start && time(start) > now
          ? { can: false, reason: 'Starts later' }
          : { can: true };
    return {
      id: item.id,
      roleDefinitionId: item.roleDefinitionId,
      roleName: item.roleName,
      directoryScopeId: scopeOf(item),
      scopeName: data.scopeNames[scopeOf(item)] ?? scopeOf(item),
      viaGroup: item.viaGroup,
      startDateTime: start,
      endDateTime: end,
      activation,
    };
  });
  return rows.sort((a, b) => (time(a.endDateTime) || Infinity) - (time(b.endDateTime) || Infinity) || a.roleName.localeCompare(b.roleName, 'en'));
}

export type ActiveRow = RoleAtScope & {
  via: AssignmentPath;
  /** Held through a group's eligibility and activated: the group's name (the role assignment itself is the caller's). */
  activatedVia: string | null;
  directoryScopeId: string | null;
  /** "Activated" (from an eligibility) or "Assigned" (by an admin); null when Graph listed no schedule for it. */
  assignmentType: 'Activated' | 'Assigned' | null;
  startDateTime: string | null;
  endDateTime: string | null;
  /** "7 h 59 min left", "Permanent", or null when the schedule is unknown. */
  timeLeft: string | null;
  /** The caller's own activation: Deactivate applies. */
  canDeactivate: boolean;
};

/**
 * The roles in effect (the /roleAssignments rows), each with its schedule instance (the instance's id is the role
 * assignment's): when it started and ends, and whether it is the caller's own activation.
 */
export function activeRows(data: MyRolesData, now: number): ActiveRow[] {
  const instances = new Map(data.active.map((item) => [(item.roleAssignmentOriginId ?? item.id).toLowerCase(), item]));
  const groupOf = new Map(data.eligible.filter((item) => item.viaGroup).map((item) => [keyOf(item), item.viaGroup]));
  return data.held.map((row): ActiveRow => {
    const instance = instances.get(row.assignmentId.toLowerCase());
    const type = instance?.assignmentType?.toLowerCase();
    const assignmentType = type === 'activated' ? 'Activated' : type === 'assigned' ? 'Assigned' : instance ? 'Assigned' : null;
    const end = instance?.endDateTime ?? null;
    const own = instance?.principalId === data.userId;
    return {
      ...row,
      activatedVia: instance && own && instance.memberType?.toLowerCase() === 'group' ? (groupOf.get(keyOf(instance)) ?? 'a group') : null,
      directoryScopeId: instance ? scopeOf(instance) : null,
      assignmentType,
      startDateTime: instance?.startDateTime ?? null,
      endDateTime: end,
      timeLeft: instance ? (end ? timeLeftText(end, now) : PERMANENT) : null,
      canDeactivate: assignmentType === 'Activated' && own,
    };
  });
}

export type RequestRow = {
  id: string;
  roleName: string;
  scopeName: string;
  /** "Activate", "Deactivate", or Graph's action as it came. */
  action: string;
  /** Graph's status, and what it means in words. */
  status: string;
  statusText: string;
  createdDateTime: string | null;
  /** "8 hours from Jan 6, 2025, 9:00 AM UTC" style parts, left to the cell to format. */
  startDateTime: string | null;
  duration: string | null;
  justification: string | null;
  canCancel: boolean;
};

const ACTION_WORDS: Record<string, string> = { selfactivate: 'Activate', selfdeactivate: 'Deactivate', selfextend: 'Extend', selfrenew: 'Renew' };

const STATUS_WORDS: Record<string, string> = {
  provisioned: 'Done: in effect as requested.',
  granted: 'Accepted: takes effect at its start.',
  pendingapproval: 'Waiting for an approver.',
  pendingadmindecision: 'Waiting for an administrator.',
  pendingprovisioning: 'Accepted: being put in effect.',
  revoked: 'Ended: the role was deactivated.',
  canceled: 'Cancelled before it took effect.',
  denied: 'Denied by an approver.',
  failed: 'Failed: Microsoft Graph did not put it in effect.',
};

/** The caller's own requests, newest first; Cancel while Graph still accepts it (Granted: waiting for its start). */
export function requestRows(data: MyRolesData): RequestRow[] {
  return [...data.requests]
    .sort((a, b) => (time(b.createdDateTime) || 0) - (time(a.createdDateTime) || 0))
    .map((item) => {
      const status = item.status.toLowerCase();
      return {
        id: item.id,
        roleName: item.roleName,
        scopeName: data.scopeNames[scopeOf(item)] ?? scopeOf(item),
        action: ACTION_WORDS[item.action.toLowerCase()] ?? item.action,
        status: item.status,
        statusText: STATUS_WORDS[status] ?? `Microsoft Graph says ${item.status}.`,
        createdDateTime: item.createdDateTime ?? null,
        startDateTime: item.scheduleInfo?.startDateTime ?? null,
        duration: item.scheduleInfo?.expiration?.duration ?? null,
        justification: item.justification ?? null,
        canCancel: status === 'granted',
      };
    });
}
