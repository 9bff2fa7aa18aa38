import type { NewScheduleRequest } from '@/lib/graph/schedule-request-plans';
import { formatDuration, durationMs } from './iso-duration';
import type { RoleSettings } from './role-settings';

// The Setting step of Add assignments, as Entra's wizard has it: Eligible or Active, permanent or from/until, and a
// justification. The request each member gets and the role's rules the admin reads before Add, in one browser-safe
// place: the panel previews exactly what lib/actions/add-role-assignments.ts sends.

export type AssignmentType = 'eligible' | 'active';

/** What the Setting step adds to Add assignments' input. */
export type AssignmentSetting = {
  assignmentType: AssignmentType;
  /** ISO 8601; omitted: from now. */
  startDateTime?: string;
  /** ISO 8601; omitted: permanent. */
  endDateTime?: string;
  justification?: string;
};

/** Active and permanent is a plain role assignment (POST /roleAssignments), as before PIM; anything else a schedule request. */
export function isPlainAssignment(setting: Pick<AssignmentSetting, 'assignmentType' | 'endDateTime'>): boolean {
  return setting.assignmentType === 'active' && !setting.endDateTime;
}

/** One member's adminAssign request body, as the preview shows it and the action sends it. */
export function adminAssignRequest(
  input: AssignmentSetting & { roleId: string; directoryScopeId: string },
  principalId: string,
): NewScheduleRequest {
  return {
    action: 'adminAssign',
    principalId,
    roleDefinitionId: input.roleId,
    directoryScopeId: input.directoryScopeId,
    justification: input.justification,
    scheduleInfo: {
      ...(input.startDateTime ? { startDateTime: input.startDateTime } : {}),
      expiration: input.endDateTime ? { type: 'afterDateTime', endDateTime: input.endDateTime } : { type: 'noExpiration' },
    },
  };
}

/** What the role's settings ask of one assignment type, as Graph checks an adminAssign against them. */
export type SettingLimits = {
  permanentAllowed: boolean;
  /** Binding only when a permanent assignment is not allowed (Entra greys out "Expire after" otherwise). */
  maximumDuration: string | null;
  justificationRequired: boolean;
  mfaRequired: boolean;
};

export function settingLimits(settings: RoleSettings, type: AssignmentType): SettingLimits {
  const eligible = type === 'eligible';
  const permanentAllowed = eligible ? settings.allowPermanentEligible : settings.allowPermanentActive;
  return {
    permanentAllowed,
    maximumDuration: permanentAllowed ? null : eligible ? settings.eligibleMaximumDuration : settings.activeMaximumDuration,
    justificationRequired: eligible ? settings.eligibleRequiresJustification : settings.activeRequiresJustification,
    mfaRequired: eligible ? false : settings.activeRequiresMfa,
  };
}

/** The role's rules for this type, one sentence each, as the admin reads them before Add. */
export function settingRuleLines(limits: SettingLimits, type: AssignmentType): string[] {
  const kind = type === 'eligible' ? 'Eligible' : 'Active';
  return [
    limits.permanentAllowed
      ? `${kind} assignments may be permanent.`
      : `${kind} assignments must end: at most ${formatDuration(limits.maximumDuration)} after they start.`,
    limits.justificationRequired ? `${kind} assignments require a justification.` : `${kind} assignments don't require a justification.`,
    ...(limits.mfaRequired ? [`${kind} assignments require multifactor authentication of the admin who assigns them.`] : []),
  ];
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The end to propose when the admin leaves "Permanently" (or may not choose it): the role's maximum after the start
 * when there is one, else a year, as Entra pre-fills it. Graph's clock may differ by seconds from the browser's, so a
 * proposal at the very maximum is pulled in by a minute.
 */
export function proposedEnd(start: Date, maximumDuration: string | null): Date {
  const maximum = durationMs(maximumDuration);
  return new Date(start.getTime() + (maximum === null ? 365 * DAY : Math.max(maximum - 60_000, 5 * 60_000)));
}

/** True when `end` is after the maximum allows (only when a maximum binds): Graph will refuse with ExpirationRule. */
export function endBeyondMaximum(start: Date, end: Date, maximumDuration: string | null): boolean {
  const maximum = durationMs(maximumDuration);
  return maximum !== null && end.getTime() - start.getTime() > maximum;
}

export type ScheduleProblem = { field: 'startDateTime' | 'endDateTime'; message: string };

/** Why a schedule can't be sent at all (checked in the panel and again by the action); null when it can. */
export function scheduleProblem(setting: Pick<AssignmentSetting, 'startDateTime' | 'endDateTime'>, now = Date.now()): ScheduleProblem | null {
  const start = setting.startDateTime ? Date.parse(setting.startDateTime) : null;
  const end = setting.endDateTime ? Date.parse(setting.endDateTime) : null;
  if (start !== null && Number.isNaN(start)) return { field: 'startDateTime', message: 'Enter a valid start date and time.' };
  if (end !== null && Number.isNaN(end)) return { field: 'endDateTime', message: 'Enter a valid end date and time.' };
  if (end !== null && end <= (start ?? now)) return { field: 'endDateTime', message: 'The assignment must end after it starts.' };
  return null;
}
