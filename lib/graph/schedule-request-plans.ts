import { InvalidIdError } from './errors';
import { assertDirectoryScopeId, assertGuid, ROLE_ASSIGNMENT_ID_PATTERN, segment } from './odata';
import type { PlannedRequest } from './request-plans';

// The PIM schedule requests (research §2.2), built in ONE place: role-schedule-requests.ts sends exactly these, and
// "View Graph request" shows exactly these before the admin confirms. Zod-free like request-plans.ts, so a client
// component can import it (the browser never gets zod: scripts/check-bundles.mjs).

export const ROLE_ELIGIBILITY_SCHEDULE_REQUESTS_PATH = '/roleManagement/directory/roleEligibilityScheduleRequests';
export const ROLE_ASSIGNMENT_SCHEDULE_REQUESTS_PATH = '/roleManagement/directory/roleAssignmentScheduleRequests';

/** Which collection a request goes to: eligibilities, or active assignments (and activations). */
export type ScheduleRequestKind = 'eligibility' | 'assignment';

export function scheduleRequestsPath(kind: ScheduleRequestKind): string {
  return kind === 'eligibility' ? ROLE_ELIGIBILITY_SCHEDULE_REQUESTS_PATH : ROLE_ASSIGNMENT_SCHEDULE_REQUESTS_PATH;
}

/** `unifiedRoleScheduleRequestActions`, in the camelCase Graph answers with. */
export type ScheduleRequestAction =
  | 'adminAssign'
  | 'adminUpdate'
  | 'adminRemove'
  | 'adminExtend'
  | 'adminRenew'
  | 'selfActivate'
  | 'selfDeactivate'
  | 'selfExtend'
  | 'selfRenew';

export type ExpirationType = 'noExpiration' | 'afterDateTime' | 'afterDuration';

/** `requestSchedule` as sent: a start (omitted or past means now) and how it ends. */
export type RequestSchedule = {
  startDateTime?: string;
  expiration: { type: ExpirationType; endDateTime?: string; duration?: string };
};

export type NewScheduleRequest = {
  action: ScheduleRequestAction;
  principalId: string;
  roleDefinitionId: string;
  /** "/", "/administrativeUnits/{id}" or "/{applicationObjectId}". */
  directoryScopeId: string;
  justification?: string;
  scheduleInfo?: RequestSchedule;
  ticketInfo?: { ticketNumber?: string; ticketSystem?: string };
};

// ISO 8601 durations as PIM uses them: PT8H, P365D, P1DT12H (days before the T, never after it).
const DURATION_PATTERN = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

function checkedDateTime(value: string, what: string): string {
  if (Number.isNaN(Date.parse(value))) throw new Error(`${what} is not a date and time: ${JSON.stringify(value.slice(0, 40))}`);
  return value;
}

function checkedSchedule(schedule: RequestSchedule): RequestSchedule {
  const { type, endDateTime, duration } = schedule.expiration;
  const expiration: RequestSchedule['expiration'] =
    type === 'noExpiration'
      ? { type }
      : type === 'afterDateTime'
        ? { type, endDateTime: checkedDateTime(endDateTime ?? '', 'The end') }
        : type === 'afterDuration' && duration !== undefined && DURATION_PATTERN.test(duration)
          ? { type, duration }
          : (() => {
              throw new Error(`An expiration of type ${String(type)} without a valid end`);
            })();
  return {
    ...(schedule.startDateTime === undefined ? {} : { startDateTime: checkedDateTime(schedule.startDateTime, 'The start') }),
    expiration,
  };
}

/** The request with every id checked and only the documented properties, in a fixed order. */
export function validatedScheduleRequest(input: NewScheduleRequest): NewScheduleRequest {
  const justification = input.justification?.trim();
  const ticketNumber = input.ticketInfo?.ticketNumber?.trim();
  const ticketSystem = input.ticketInfo?.ticketSystem?.trim();
  return {
    action: input.action,
    principalId: assertGuid(input.principalId, 'principal'),
    roleDefinitionId: assertGuid(input.roleDefinitionId, 'role definition'),
    directoryScopeId: assertDirectoryScopeId(input.directoryScopeId),
    ...(justification ? { justification } : {}),
    ...(input.scheduleInfo === undefined ? {} : { scheduleInfo: checkedSchedule(input.scheduleInfo) }),
    ...(ticketNumber || ticketSystem ? { ticketInfo: { ticketNumber: ticketNumber ?? '', ticketSystem: ticketSystem ?? '' } } : {}),
  };
}

/** `POST /roleManagement/directory/role{Eligibility|Assignment}ScheduleRequests` with the documented body. */
export function scheduleRequestPlan(kind: ScheduleRequestKind, body: NewScheduleRequest): PlannedRequest {
  return { method: 'POST', url: scheduleRequestsPath(kind), body: { ...validatedScheduleRequest(body) } };
}

/** A request id (a GUID on Graph) checked as a plain token before it goes into a path. */
export function assertScheduleRequestId(value: unknown): string {
  if (typeof value !== 'string' || !ROLE_ASSIGNMENT_ID_PATTERN.test(value)) throw new InvalidIdError('role schedule request', value);
  return value;
}

/** `POST …/{id}/cancel` (no body): withdraws a request that is still Granted (waiting for its start). */
export function cancelScheduleRequestPlan(kind: ScheduleRequestKind, id: string): PlannedRequest {
  return { method: 'POST', url: `${scheduleRequestsPath(kind)}/${segment(assertScheduleRequestId(id))}/cancel` };
}
