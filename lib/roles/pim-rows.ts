import type {
  RoleAssignmentScheduleInstance,
  RoleEligibilitySchedule,
  RoleScheduleRequest,
  ScheduleInfo,
} from '@/lib/graph/pim-schemas';
import type { ScheduleRequestKind } from '@/lib/graph/schedule-request-plans';
import type { RoleAssignmentRow } from './assignment-filters';
import type { PimAction, PimMembership, PimState, PimTab } from './pim-labels';

// The PIM tabs' rows, pure: what an eligibility schedule, an active assignment's instance or an expired request says
// about start, end, membership and state, and which row actions apply (research §3.3): Update and Remove on eligible
// and active rows held directly, Extend on those ending within 14 days, Renew on expired ones (kept 30 days).

const DAY_MS = 24 * 60 * 60 * 1000;
/** Entra offers Extend when an assignment ends within this many days (ED pim-how-to-renew-extend.md). */
export const EXPIRING_SOON_DAYS = 14;
/** Entra lists an expired assignment, and lets it be renewed, for this many days. */
export const EXPIRED_KEPT_DAYS = 30;

/** What the PIM columns say about one item. */
export type PimFacts = {
  /** Which request collection changes it. */
  kind: ScheduleRequestKind;
  memberType: PimMembership;
  state: PimState;
  /** Null: permanent (end) or from the beginning (start). */
  startDateTime: string | null;
  endDateTime: string | null;
  /** False when the schedule could not be read (a reader without a PIM read role): start and end are unknown. */
  scheduleKnown: boolean;
  expiringSoon: boolean;
  actions: PimAction[];
};

/** A row of the Eligible, Active or Expired tab: the principal and scope as the role blade shows them, and PIM's facts. */
export type PimRow = RoleAssignmentRow & PimFacts & { tab: PimTab };

type Keyed = { principalId: string; roleDefinitionId: string; directoryScopeId?: string | null };

/** Principal, role and scope: what PIM treats as one item (a second eligibility for the same three is RoleAssignmentExists). */
export function pimKey(item: Keyed): string {
  return `${item.principalId.toLowerCase()}|${item.roleDefinitionId.toLowerCase()}|${item.directoryScopeId ?? '/'}`;
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** `start` plus an ISO 8601 duration of days, hours, minutes and seconds (what PIM uses); null when unreadable. */
export function addIsoDuration(start: string, duration: string): string | null {
  const match = DURATION.exec(duration);
  const startMs = Date.parse(start);
  if (!match || Number.isNaN(startMs)) return null;
  const [, days, hours, minutes, seconds] = match;
  const ms = (Number(days ?? 0) * 24 * 60 * 60 + Number(hours ?? 0) * 60 * 60 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)) * 1000;
  return new Date(startMs + ms).toISOString();
}

/** When a requested schedule ends: its endDateTime, its start plus its duration, or null for noExpiration. */
export function scheduleEnd(info: ScheduleInfo | null | undefined): string | null {
  const expiration = info?.expiration;
  const type = expiration?.type?.toLowerCase();
  if (!expiration || type === 'noexpiration' || type === 'notspecified') return expiration?.endDateTime ?? null;
  if (type === 'afterduration' && expiration.duration && info?.startDateTime) return addIsoDuration(info.startDateTime, expiration.duration);
  return expiration.endDateTime ?? null;
}

function timeOf(value: string | null): number | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Ends after now and within EXPIRING_SOON_DAYS: Extend applies. */
export function isExpiringSoon(end: string | null, now: Date): boolean {
  const ms = timeOf(end);
  return ms !== null && ms > now.getTime() && ms - now.getTime() <= EXPIRING_SOON_DAYS * DAY_MS;
}

function membership(memberType: string | null | undefined): PimMembership {
  return memberType?.toLowerCase() === 'group' ? 'Group' : 'Direct';
}

/**
 * The row actions an admin has on an item. Held through a group (memberType Group): none here, the group's own row
 * carries them. An activation (Activated) is the user's: an admin may only remove it.
 */
export function actionsFor(tab: PimTab, facts: Pick<PimFacts, 'memberType' | 'state' | 'expiringSoon' | 'scheduleKnown'>): PimAction[] {
  if (tab === 'expired') return ['renew'];
  if (facts.memberType === 'Group') return [];
  if (facts.state === 'Activated') return ['remove'];
  return facts.expiringSoon && facts.scheduleKnown ? ['update', 'remove', 'extend'] : ['update', 'remove'];
}

function withActions(tab: PimTab, facts: Omit<PimFacts, 'actions'>): PimFacts {
  return { ...facts, actions: actionsFor(tab, facts) };
}

/** An eligibility schedule (current, or future: Scheduled). */
export function eligibilityFacts(schedule: RoleEligibilitySchedule, now: Date): PimFacts {
  const startDateTime = schedule.scheduleInfo?.startDateTime ?? null;
  const endDateTime = scheduleEnd(schedule.scheduleInfo);
  const start = timeOf(startDateTime);
  return withActions('eligible', {
    kind: 'eligibility',
    memberType: membership(schedule.memberType),
    state: start !== null && start > now.getTime() ? 'Scheduled' : 'Eligible',
    startDateTime,
    endDateTime,
    scheduleKnown: true,
    expiringSoon: isExpiringSoon(endDateTime, now),
  });
}

/** An active assignment from its instance; without one (unreadable) the facts /roleAssignments gives: Direct, Assigned. */
export function activeFacts(instance: RoleAssignmentScheduleInstance | undefined, now: Date): PimFacts {
  const endDateTime = instance?.endDateTime ?? null;
  return withActions('active', {
    kind: 'assignment',
    memberType: membership(instance?.memberType),
    state: instance?.assignmentType?.toLowerCase() === 'activated' ? 'Activated' : 'Assigned',
    startDateTime: instance?.startDateTime ?? null,
    endDateTime,
    scheduleKnown: instance !== undefined,
    expiringSoon: isExpiringSoon(endDateTime, now),
  });
}

export function expiredFacts(kind: ScheduleRequestKind, request: RoleScheduleRequest): PimFacts {
  return withActions('expired', {
    kind,
    memberType: 'Direct',
    state: 'Expired',
    startDateTime: request.scheduleInfo?.startDateTime ?? null,
    endDateTime: scheduleEnd(request.scheduleInfo),
    scheduleKnown: true,
    expiringSoon: false,
  });
}

// The admin actions that set a schedule, and the one that ends it. Self-activations are the user's and expire as
// activations, not as assignments an admin renews.
const SCHEDULING_ACTIONS = new Set(['adminassign', 'adminupdate', 'adminextend', 'adminrenew']);
const REMOVAL = 'adminremove';

/**
 * Expired assignments (Graph v1.0 has no collection of them, pim-contract): per principal, role and scope, the latest
 * admin request that set a schedule, Provisioned, whose end has passed within EXPIRED_KEPT_DAYS, with no current
 * schedule for the same three and no removal after it (a removed assignment did not expire).
 */
export function expiredRequests(requests: readonly RoleScheduleRequest[], current: ReadonlySet<string>, now: Date): RoleScheduleRequest[] {
  const latest = new Map<string, RoleScheduleRequest>();
  for (const request of requests) {
    const action = request.action.toLowerCase();
    if (action !== REMOVAL && !(SCHEDULING_ACTIONS.has(action) && request.status.toLowerCase() === 'provisioned')) continue;
    const key = pimKey(request);
    const seen = latest.get(key);
    if (!seen || (timeOf(request.createdDateTime ?? null) ?? 0) >= (timeOf(seen.createdDateTime ?? null) ?? 0)) latest.set(key, request);
  }
  const oldest = now.getTime() - EXPIRED_KEPT_DAYS * DAY_MS;
  return [...latest.entries()].flatMap(([key, request]) => {
    if (request.action.toLowerCase() === REMOVAL || current.has(key)) return [];
    const end = timeOf(scheduleEnd(request.scheduleInfo));
    return end !== null && end <= now.getTime() && end >= oldest ? [request] : [];
  });
}

/** Newest end first for expired rows; soonest end first (permanent last) for the others, as an admin scans them. */
export function sortPimRows(rows: readonly PimRow[]): PimRow[] {
  const endOf = (row: PimRow) => timeOf(row.endDateTime) ?? Number.POSITIVE_INFINITY;
  return [...rows].sort((a, b) => {
    const [first, second] = a.tab === 'expired' ? [endOf(b), endOf(a)] : [endOf(a), endOf(b)];
    if (first !== second) return first < second ? -1 : 1;
    return a.displayName.localeCompare(b.displayName, 'en');
  });
}
