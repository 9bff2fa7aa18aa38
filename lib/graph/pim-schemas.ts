import { z } from 'zod';
import { directoryObjectSchema } from './schemas';

// PIM for Microsoft Entra roles (research §2.2-2.5): the schedule requests admins and users send, the schedules they
// create and the instances in effect now. Parsed here like every Graph answer; the properties we show are typed
// exactly, the rest are dropped. Enum values stay strings: Graph answers camelCase (`adminAssign`, `noExpiration`)
// but older tenants echo what was sent (`AdminAssign`, `NoExpiration`), so readers compare with the helpers below.

const guid = z.guid();
const text = z.string().nullish();
// Graph's DateTimeOffset as ISO 8601 text; null where a schedule has no such moment (a permanent item's end).
const dateTime = z.string().nullish();

/** `expirationPattern`: `noExpiration`, `afterDateTime` (with endDateTime) or `afterDuration` (with an ISO 8601 duration). */
export const expirationPatternSchema = z.object({
  type: z.string().nullish(),
  endDateTime: dateTime,
  duration: text,
});
export type ExpirationPattern = z.infer<typeof expirationPatternSchema>;

/** `requestSchedule`: when an eligibility or assignment starts and how it ends (recurrence is unsupported by Graph). */
export const scheduleInfoSchema = z.object({
  startDateTime: dateTime,
  expiration: expirationPatternSchema.nullish(),
});
export type ScheduleInfo = z.infer<typeof scheduleInfoSchema>;

export const ticketInfoSchema = z.object({ ticketNumber: text, ticketSystem: text });
export type TicketInfo = z.infer<typeof ticketInfoSchema>;

const scopeSchema = z.object({ id: guid, displayName: text }).nullish();

const requestFields = {
  id: z.string().min(1), // a GUID on Graph; treated as opaque
  action: z.string(),
  status: z.string(),
  principalId: guid,
  roleDefinitionId: guid,
  directoryScopeId: text,
  appScopeId: text,
  justification: text,
  createdDateTime: dateTime,
  completedDateTime: dateTime,
  approvalId: text,
  targetScheduleId: text,
  isValidationOnly: z.boolean().nullish(),
  scheduleInfo: scheduleInfoSchema.nullish(),
  ticketInfo: ticketInfoSchema.nullish(),
  createdBy: z.object({ user: z.object({ id: text, displayName: text }).nullish() }).nullish(),
  principal: directoryObjectSchema.nullish(),
};

/** A `unifiedRoleEligibilityScheduleRequest`. */
export const roleEligibilityScheduleRequestSchema = z.object(requestFields);
/** A `unifiedRoleAssignmentScheduleRequest`: the same shape plus the free-text `customData`. */
export const roleAssignmentScheduleRequestSchema = z.object({ ...requestFields, customData: text });
/** Either kind of request, as the portal reads them (both answer the same properties it uses). */
export type RoleScheduleRequest = z.infer<typeof roleEligibilityScheduleRequestSchema>;

const scheduleFields = {
  id: z.string().min(1), // a GUID for PIM schedules, the roleAssignment's id for ones mirroring /roleAssignments
  principalId: guid,
  roleDefinitionId: guid,
  directoryScopeId: text,
  appScopeId: text,
  createdUsing: text,
  createdDateTime: dateTime,
  modifiedDateTime: dateTime,
  status: text,
  /** `Direct`, `Group` (held through a role-assignable group) or `Inherited`. */
  memberType: text,
  scheduleInfo: scheduleInfoSchema.nullish(),
  principal: directoryObjectSchema.nullish(),
  directoryScope: scopeSchema,
};

/** A `unifiedRoleEligibilitySchedule`: a current or future eligibility. */
export const roleEligibilityScheduleSchema = z.object(scheduleFields);
export type RoleEligibilitySchedule = z.infer<typeof roleEligibilityScheduleSchema>;

/** A `unifiedRoleAssignmentSchedule`: a current or future active assignment; `Assigned` by an admin or `Activated`. */
export const roleAssignmentScheduleSchema = z.object({ ...scheduleFields, assignmentType: text });
export type RoleAssignmentSchedule = z.infer<typeof roleAssignmentScheduleSchema>;

const instanceFields = {
  id: z.string().min(1), // opaque
  principalId: guid,
  roleDefinitionId: guid,
  directoryScopeId: text,
  appScopeId: text,
  /** Both null for a permanent item. */
  startDateTime: dateTime,
  endDateTime: dateTime,
  memberType: text,
  principal: directoryObjectSchema.nullish(),
  directoryScope: scopeSchema,
};

/** A `unifiedRoleEligibilityScheduleInstance`: an eligibility in effect now. */
export const roleEligibilityScheduleInstanceSchema = z.object({ ...instanceFields, roleEligibilityScheduleId: text });
export type RoleEligibilityScheduleInstance = z.infer<typeof roleEligibilityScheduleInstanceSchema>;

/** A `unifiedRoleAssignmentScheduleInstance`: 1:1 with a roleAssignment (its id, and `roleAssignmentOriginId`). */
export const roleAssignmentScheduleInstanceSchema = z.object({
  ...instanceFields,
  assignmentType: text,
  roleAssignmentOriginId: text,
  roleAssignmentScheduleId: text,
});
export type RoleAssignmentScheduleInstance = z.infer<typeof roleAssignmentScheduleInstanceSchema>;
