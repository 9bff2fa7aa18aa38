'use client';

import { useEffect, useState } from 'react';
import type { Principal } from '@/lib/graph/directory-search';
import { roleAssignmentCreateRequests, type PlannedRequest } from '@/lib/graph/request-plans';
import { scheduleRequestPlan } from '@/lib/graph/schedule-request-plans';
import {
  adminAssignRequest,
  endBeyondMaximum,
  isPlainAssignment,
  proposedEnd,
  scheduleProblem,
  settingLimits,
  type AssignmentSetting,
  type AssignmentType,
  type SettingLimits,
} from '@/lib/roles/assignment-setting';
import type { RoleSettings } from '@/lib/roles/role-settings';
import { readAddSettings } from './add-actions';

/** The role's settings as the Setting step knows them: still reading, read, or not readable (Graph's defaults apply). */
export type SettingsRead = { state: 'loading' } | { state: 'ok'; settings: RoleSettings } | { state: 'unavailable'; message: string };

/** An ISO date as a datetime-local value (the browser's own time zone), and back. */
export const toLocalInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
export const fromLocalInput = (value: string) => (value && !Number.isNaN(new Date(value).getTime()) ? new Date(value).toISOString() : undefined);

// Graph's defaults (research §2.6) for a role whose settings can't be read: what the step assumes, not what it enforces.
const defaultLimits = (type: AssignmentType): SettingLimits => ({ permanentAllowed: true, maximumDuration: null, justificationRequired: type === 'active', mfaRequired: false });

function useRoleSettings(roleId: string): SettingsRead {
  const [read, setRead] = useState<{ roleId: string; read: SettingsRead } | null>(null);
  useEffect(() => {
    if (!roleId) return;
    let live = true;
    readAddSettings(roleId)
      .then((answer) => live && setRead({ roleId, read: answer.ok ? { state: 'ok', settings: answer.settings } : { state: 'unavailable', message: answer.message } }))
      .catch(() => live && setRead({ roleId, read: { state: 'unavailable', message: "The role's settings couldn't be read." } }));
    return () => {
      live = false;
    };
  }, [roleId]);
  return read?.roleId === roleId ? read.read : { state: 'loading' };
}

/**
 * The Setting step's state for `roleId` and the chosen members: what the admin chose, corrected by what must hold
 * (a service principal is only ever Active; "Permanently" only where the role allows it), the end proposed until the
 * admin types one, and the one problem that keeps Add from sending anything.
 */
export function useAssignmentSetting(roleId: string, principals: readonly Pick<Principal, 'kind'>[]) {
  const settings = useRoleSettings(roleId);
  const [chosenType, setType] = useState<AssignmentType>('active');
  const [permanentChosen, setPermanent] = useState(true);
  const [start, setStart] = useState('');
  const [typedEnd, setEnd] = useState<string | null>(null);
  const [justification, setJustification] = useState('');
  const [openedAt] = useState(() => new Date());

  const servicePrincipal = principals.some((p) => p.kind === 'servicePrincipal');
  const type: AssignmentType = servicePrincipal ? 'active' : chosenType;
  const limits = settings.state === 'ok' ? settingLimits(settings.settings, type) : defaultLimits(type);
  const permanent = permanentChosen && limits.permanentAllowed;
  const startDate = fromLocalInput(start) ? new Date(start) : openedAt;
  const end = permanent ? '' : (typedEnd ?? toLocalInput(proposedEnd(startDate, limits.maximumDuration)));

  const setting: AssignmentSetting = {
    assignmentType: type,
    startDateTime: fromLocalInput(start),
    endDateTime: permanent ? undefined : fromLocalInput(end),
    justification: justification.trim() || undefined,
  };
  const plain = isPlainAssignment(setting);
  const problem =
    start && !fromLocalInput(start)
      ? { field: 'startDateTime' as const, message: 'Enter a valid start date and time.' }
      : !permanent && !setting.endDateTime
        ? { field: 'endDateTime' as const, message: `Choose when the assignment ends${limits.permanentAllowed ? ', or select Permanently' : ''}.` }
        : scheduleProblem(setting);
  const tooLong = !permanent && setting.endDateTime !== undefined && endBeyondMaximum(startDate, new Date(setting.endDateTime), limits.maximumDuration);

  return {
    settings,
    limits,
    servicePrincipal,
    type,
    permanent,
    start,
    end,
    justification,
    plain,
    tooLong,
    problem,
    // A plain assignment carries no justification: keep the admin's text, but send none.
    setting: plain ? { ...setting, justification: undefined } : setting,
    setType,
    setPermanent,
    setStart,
    setEnd,
    setJustification,
  };
}

export type AssignmentSettingState = ReturnType<typeof useAssignmentSetting>;

/** What Add will send for these members: POST /roleAssignments for Active and permanent, else one adminAssign request each. */
export function addRequests(roleId: string, directoryScopeId: string, principalIds: readonly string[], setting: AssignmentSetting): PlannedRequest[] {
  if (isPlainAssignment(setting)) return roleAssignmentCreateRequests(principalIds.map((principalId) => ({ roleDefinitionId: roleId, principalId, directoryScopeId })));
  const kind = setting.assignmentType === 'eligible' ? 'eligibility' : 'assignment';
  return principalIds.map((principalId) => scheduleRequestPlan(kind, adminAssignRequest({ ...setting, roleId, directoryScopeId }, principalId)));
}
