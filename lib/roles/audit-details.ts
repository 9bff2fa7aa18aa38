import { formatAuditDate, type AuditInput } from './audit-rows';
import { directoryObjectKindLabel } from '@/lib/graph/directory-object-kinds';

// One audit entry as Entra's "Audit log details" shows it: the activity (date, status and reason, category,
// correlation id), who initiated it (a user with UPN, or an app with app id), its targets (type, name, id) and the
// properties it changed (name, old value, new value). Plain data for the details drawer.

export type AuditDetailsInput = AuditInput & {
  loggedByService?: string | null;
  operationType?: string | null;
  resultReason?: string | null;
  initiatedBy: AuditInput['initiatedBy'] & {
    user?: { ipAddress?: string | null } | null;
    app?: { servicePrincipalName?: string | null } | null;
  };
  additionalDetails?: Array<{ key?: string | null; value?: string | null }> | null;
};

export type AuditDetails = {
  id: string;
  activity: string;
  category: string;
  activityDateTime: string;
  dateText: string;
  /** "Success", "Failure", "Timeout" or "Unknown". */
  result: string;
  resultReason: string | null;
  loggedByService: string | null;
  operationType: string | null;
  correlationId: string | null;
  initiatedBy:
    | { kind: 'user'; displayName: string | null; id: string | null; userPrincipalName: string | null; ipAddress: string | null }
    | { kind: 'app'; displayName: string | null; appId: string | null; servicePrincipalId: string | null; servicePrincipalName: string | null }
    | { kind: 'unknown' };
  targets: Array<{ type: string; displayName: string | null; id: string | null; userPrincipalName: string | null }>;
  /** Each target's changed properties, in Graph's order, with the target they belong to. */
  modifiedProperties: Array<{ target: string; name: string; oldValue: string | null; newValue: string | null }>;
  additionalDetails: Array<{ key: string; value: string }>;
};

/** One entry for the details drawer; expected failures are values, so a bad link never costs the blade. */
export type AuditEntryView =
  | { kind: 'ok'; entry: AuditDetails }
  | { kind: 'notFound'; id: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string; requestId?: string };

// Audit targets that aren't directory objects a role is assigned to.
const otherTypeLabels: Record<string, string> = { application: 'Application', role: 'Role', other: 'Other' };

/**
 * A modified value as text: Graph writes them as JSON (`"\"Helpdesk Administrator\""`, `["Seattle"]`, `[]`); a JSON
 * string reads as its text, a list of strings as its items, and anything else as Graph sent it.
 */
export function auditValueText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return raw;
  }
  if (typeof parsed === 'string') return parsed;
  if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed.length > 0 ? parsed.join(', ') : null;
  if (parsed === null) return null;
  return raw;
}

function initiator(audit: AuditDetailsInput): AuditDetails['initiatedBy'] {
  const { user, app } = audit.initiatedBy;
  if (user && (user.id || user.userPrincipalName || user.displayName)) {
    return { kind: 'user', displayName: user.displayName ?? null, id: user.id ?? null, userPrincipalName: user.userPrincipalName ?? null, ipAddress: user.ipAddress ?? null };
  }
  if (app && (app.appId || app.displayName || app.servicePrincipalId)) {
    return {
      kind: 'app',
      displayName: app.displayName ?? null,
      appId: app.appId ?? null,
      servicePrincipalId: app.servicePrincipalId ?? null,
      servicePrincipalName: app.servicePrincipalName ?? null,
    };
  }
  return { kind: 'unknown' };
}

/** The entry's details, every field Graph gave, none invented. */
export function toAuditDetails(audit: AuditDetailsInput): AuditDetails {
  return {
    id: audit.id,
    activity: audit.activityDisplayName,
    category: audit.category ?? '',
    activityDateTime: audit.activityDateTime,
    dateText: formatAuditDate(audit.activityDateTime),
    result: audit.result ? audit.result.charAt(0).toUpperCase() + audit.result.slice(1) : 'Unknown',
    resultReason: audit.resultReason || null,
    loggedByService: audit.loggedByService || null,
    operationType: audit.operationType || null,
    correlationId: audit.correlationId || null,
    initiatedBy: initiator(audit),
    targets: audit.targetResources.map((target) => ({
      type: directoryObjectKindLabel(target.type) ?? otherTypeLabels[target.type?.toLowerCase() ?? 'other'] ?? target.type ?? 'Other',
      displayName: target.displayName ?? null,
      id: target.id ?? null,
      userPrincipalName: target.userPrincipalName ?? null,
    })),
    modifiedProperties: audit.targetResources.flatMap((target) =>
      (target.modifiedProperties ?? []).map((property) => ({
        target: target.displayName ?? target.userPrincipalName ?? target.id ?? '',
        name: property.displayName ?? '',
        oldValue: auditValueText(property.oldValue),
        newValue: auditValueText(property.newValue),
      })),
    ),
    additionalDetails: (audit.additionalDetails ?? []).flatMap((detail) => (detail.key ? [{ key: detail.key, value: detail.value ?? '' }] : [])),
  };
}
