import type { GraphClient } from './client';
import { and, assertGuid, compareDate, eq, withQuery } from './odata';
import { directoryAuditSchema, type DirectoryAudit } from './schemas';

export type ListDirectoryAuditsOptions = {
  /** Graph's activityDisplayName, e.g. "Add member to role". */
  activity?: string;
  initiatedByUserId?: string;
  from?: Date;
  to?: Date;
  /** The newest `top` entries (default 50, at most 999); without it every page would be read. */
  top?: number;
};

/** Directory audit entries, newest first. */
export async function listDirectoryAudits(
  graph: GraphClient,
  options: ListDirectoryAuditsOptions = {},
): Promise<DirectoryAudit[]> {
  const top = Math.min(Math.max(1, Math.floor(options.top ?? 50)), 999);
  const filter = and(
    options.activity === undefined ? undefined : eq('activityDisplayName', options.activity),
    options.initiatedByUserId === undefined ? undefined : eq('initiatedBy/user/id', assertGuid(options.initiatedByUserId, 'user')),
    options.from === undefined ? undefined : compareDate('activityDateTime', 'ge', options.from),
    options.to === undefined ? undefined : compareDate('activityDateTime', 'le', options.to),
  );
  const { items } = await graph.list(
    withQuery('/auditLogs/directoryAudits', { $filter: filter, $orderby: 'activityDateTime desc', $top: top }),
    directoryAuditSchema,
    { maxItems: top },
  );
  return items;
}
