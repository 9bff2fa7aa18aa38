import { AUDIT_ACTIVITIES, AUDIT_CATEGORIES, type AuditActivity } from './audit-constants';

// The Audit logs view in the URL, so a trainer can link to "what Patti changed on Helpdesk Administrator last week":
// `/audit?activity=Remove+member+from+role&actor={userId}&role={roleId}&from=2026-11-01&to=2026-11-22`.
// `actor` is a user's object id, or `app:{appId}` for a change an application made. Dates are whole days in UTC,
// as the Date column shows them. Anything unreadable is dropped, never an error page.

export type AuditFilters = {
  activity: AuditActivity | '';
  actor: string;
  role: string;
  from: string;
  to: string;
};

export const emptyAuditFilters: AuditFilters = { activity: '', actor: '', role: '', from: '', to: '' };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = /^\d{4}-\d{2}-\d{2}$/;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function validDay(value: string): string {
  if (!day.test(value)) return '';
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : '';
}

export function isActorValue(value: string): boolean {
  return guid.test(value) || (value.startsWith('app:') && guid.test(value.slice(4)));
}

/** The filters a URL asks for; unknown activities, malformed ids and impossible dates are left out. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const activity = first(params.activity);
  const actor = first(params.actor).toLowerCase();
  const role = first(params.role).toLowerCase();
  return {
    activity: AUDIT_ACTIVITIES.find((a) => a.name === activity)?.name ?? '',
    actor: isActorValue(actor) ? actor : '',
    role: guid.test(role) ? role : '',
    from: validDay(first(params.from)),
    to: validDay(first(params.to)),
  };
}

/** The query string of a view (no leading `?`), keys in a fixed order; empty for no filters. */
export function auditQuery(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of ['activity', 'actor', 'role', 'from', 'to'] as const) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}

export function auditHref(filters: AuditFilters): string {
  const query = auditQuery(filters);
  return query ? `/audit?${query}` : '/audit';
}

export function activeAuditFilterCount(filters: AuditFilters): number {
  return (['activity', 'actor', 'role', 'from', 'to'] as const).filter((key) => filters[key]).length;
}

/**
 * What to ask Graph for. The role is applied by lib/views/audit.ts to the pages read: Graph's
 * `targetResources/any(t: t/id eq …)` is not offered by the emulator, and the pages hold the role's id anyway.
 */
export function auditGraphOptions(filters: AuditFilters) {
  return {
    activity: filters.activity || undefined,
    categories: filters.activity ? undefined : [...AUDIT_CATEGORIES],
    initiatedByUserId: filters.actor && !filters.actor.startsWith('app:') ? filters.actor : undefined,
    initiatedByAppId: filters.actor.startsWith('app:') ? filters.actor.slice(4) : undefined,
    from: filters.from ? new Date(`${filters.from}T00:00:00.000Z`) : undefined,
    // "To" includes the whole day.
    to: filters.to ? new Date(`${filters.to}T23:59:59.999Z`) : undefined,
  };
}
