import { invalidPropertyValue } from '../graph/body';
import { badRequest, GraphError } from '../graph/errors';
import { addIsoDuration, parseIsoDuration } from '../policies/iso-duration';

export type ExpirationType = 'noExpiration' | 'afterDateTime' | 'afterDuration';

/** A request's schedule, resolved against the PIM clock: when it starts and ends (null end = permanent). */
export type ResolvedSchedule = { start: Date; end: Date | null; expirationType: ExpirationType; duration: string | null; given: boolean };

export const minimumDurationMs = 5 * 60_000;

export const activeDurationTooShort = () =>
  new GraphError(400, 'ActiveDurationTooShort', 'The Active duration is too short. Miniumum Required is 5 minutes.');

export const policyValidationFailed = (rules: string[]) =>
  new GraphError(400, 'RoleAssignmentRequestPolicyValidationFailed', `The following policy rules failed: ${JSON.stringify(rules)}`);

const expirationTypes: Record<string, ExpirationType | 'notSpecified'> = {
  noexpiration: 'noExpiration',
  afterdatetime: 'afterDateTime',
  afterduration: 'afterDuration',
  notspecified: 'notSpecified',
};

const record = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * Reads `scheduleInfo` (requestSchedule). A start in the past or none means "now", as Graph's answers show; enum
 * values in any case. Without an expiration (or `notSpecified`) the item would be permanent, which the expiration
 * rule then judges. An afterDateTime without endDateTime has no end to give: ExpirationRule, per the contract.
 */
export function resolveSchedule(raw: unknown, now: Date, resource: string): ResolvedSchedule {
  if (raw === undefined || raw === null) return { start: now, end: null, expirationType: 'noExpiration', duration: null, given: false };
  const info = record(raw);
  if (!info) throw invalidPropertyValue('scheduleInfo', resource);
  if (info.recurrence !== undefined && info.recurrence !== null) throw badRequest('Recurrence is not supported for role schedule requests.', 'BadRequest');
  let start = now;
  if (info.startDateTime !== undefined && info.startDateTime !== null) {
    if (typeof info.startDateTime !== 'string' || Number.isNaN(Date.parse(info.startDateTime))) throw invalidPropertyValue('startDateTime', resource);
    const asked = new Date(info.startDateTime);
    if (asked.getTime() > now.getTime()) start = asked;
  }
  const expiration = info.expiration === undefined || info.expiration === null ? null : record(info.expiration);
  if (info.expiration !== undefined && info.expiration !== null && !expiration) throw invalidPropertyValue('expiration', resource);
  const typeText = expiration?.type;
  if (typeText !== undefined && typeText !== null && typeof typeText !== 'string') throw invalidPropertyValue('type', resource);
  const type = typeText ? expirationTypes[typeText.toLowerCase()] : 'notSpecified';
  if (!type) throw invalidPropertyValue('type', resource);
  if (type === 'afterDateTime') {
    const endText = expiration?.endDateTime;
    if (endText === undefined || endText === null) throw policyValidationFailed(['ExpirationRule']);
    if (typeof endText !== 'string' || Number.isNaN(Date.parse(endText))) throw invalidPropertyValue('endDateTime', resource);
    return { start, end: new Date(endText), expirationType: 'afterDateTime', duration: null, given: true };
  }
  if (type === 'afterDuration') {
    const text = expiration?.duration;
    if (text === undefined || text === null) throw policyValidationFailed(['ExpirationRule']);
    // Lenient about case (`pt8h`), strict about the form: `PT180D` (days after T, seen in one Microsoft example) is refused.
    const duration = typeof text === 'string' ? parseIsoDuration(text.toUpperCase()) : null;
    if (!duration || typeof text !== 'string') throw invalidPropertyValue('duration', resource);
    return { start, end: addIsoDuration(start, duration), expirationType: 'afterDuration', duration: text.toUpperCase(), given: true };
  }
  return { start, end: null, expirationType: 'noExpiration', duration: null, given: true };
}

/** Whole-second ISO instants, as Graph writes them. */
export const iso = (date: Date | null): string | null => (date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : null);

/** The requestSchedule a request and a schedule answer with. */
export function scheduleInfoJson(schedule: Pick<ResolvedSchedule, 'start' | 'end' | 'expirationType' | 'duration'>) {
  return {
    startDateTime: iso(schedule.start),
    recurrence: null,
    expiration: {
      type: schedule.expirationType,
      endDateTime: schedule.expirationType === 'afterDuration' ? null : iso(schedule.end),
      duration: schedule.duration,
    },
  };
}
