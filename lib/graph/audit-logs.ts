import { z } from 'zod';
import type { GraphClient } from './client';
import { GraphResponseError } from './errors';
import { and, assertGuid, compareDate, eq, or, segment, withQuery } from './odata';
import { directoryAuditSchema, type DirectoryAudit } from './schemas';

const collectionPath = '/auditLogs/directoryAudits';

export type ListDirectoryAuditsOptions = {
  /** Graph's activityDisplayName, e.g. "Add member to role". */
  activity?: string;
  initiatedByUserId?: string;
  /** The appId of an application that made the change (app-only token). */
  initiatedByAppId?: string;
  /** Graph's category, e.g. "RoleManagement"; several are or-ed. */
  categories?: readonly string[];
  from?: Date;
  to?: Date;
  /** The newest `top` entries (default 50, at most 999); without it every page would be read. */
  top?: number;
};

function auditsPath(options: ListDirectoryAuditsOptions, top: number): string {
  const filter = and(
    options.activity === undefined ? undefined : eq('activityDisplayName', options.activity),
    options.categories === undefined ? undefined : or(...options.categories.map((category) => eq('category', category))),
    options.initiatedByUserId === undefined ? undefined : eq('initiatedBy/user/id', assertGuid(options.initiatedByUserId, 'user')),
    options.initiatedByAppId === undefined ? undefined : eq('initiatedBy/app/appId', assertGuid(options.initiatedByAppId, 'application')),
    options.from === undefined ? undefined : compareDate('activityDateTime', 'ge', options.from),
    options.to === undefined ? undefined : compareDate('activityDateTime', 'le', options.to),
  );
  return withQuery(collectionPath, { $filter: filter, $orderby: 'activityDateTime desc', $top: top });
}

// Graph's audit ids are opaque ("Directory_8e0a…_X2H1L_12345678" in a real tenant, a GUID in the emulator): anything
// else in a URL (a space, a slash, a bare "..") is a typo or a tampered link, and is not worth a request.
const auditIdPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;

/** True when `id` can be a directoryAudit id (letters, digits, `_`, `-`, `.`). */
export function isDirectoryAuditId(id: string): boolean {
  return auditIdPattern.test(id);
}

/** One audit entry by id; null when Graph has no such entry or the id can't be one. */
export async function getDirectoryAudit(graph: GraphClient, id: string): Promise<DirectoryAudit | null> {
  if (!isDirectoryAuditId(id)) return null;
  return graph.find(`${collectionPath}/${segment(id)}`, directoryAuditSchema);
}

function clampTop(top: number | undefined): number {
  return Math.min(Math.max(1, Math.floor(top ?? 50)), 999);
}

/** Directory audit entries, newest first. */
export async function listDirectoryAudits(
  graph: GraphClient,
  options: ListDirectoryAuditsOptions = {},
): Promise<DirectoryAudit[]> {
  const top = clampTop(options.top);
  const { items } = await graph.list(auditsPath(options, top), directoryAuditSchema, { maxItems: top });
  return items;
}

const auditPageSchema = z.object({
  value: z.array(directoryAuditSchema),
  '@odata.nextLink': z.string().nullish(),
});

/** One page of directory audits and the link to the next (null on the last page). */
export type DirectoryAuditPage = { items: DirectoryAudit[]; nextLink: string | null };

/** The first page (`top` entries, newest first) of the audits matching `options`. */
export async function listDirectoryAuditsPage(
  graph: GraphClient,
  options: ListDirectoryAuditsOptions = {},
): Promise<DirectoryAuditPage> {
  const page = await graph.get(auditsPath(options, clampTop(options.top)), auditPageSchema);
  return { items: page.value, nextLink: page['@odata.nextLink'] ?? null };
}

/**
 * The page an earlier page's `@odata.nextLink` points at. The link comes back from the browser ("Load more"), so
 * it must be a directory-audits link under this client's own base URL: it is sent with the admin's token.
 */
export async function nextDirectoryAuditsPage(graph: GraphClient, nextLink: string): Promise<DirectoryAuditPage> {
  if (!isDirectoryAuditsLink(graph.baseUrl, nextLink)) throw new GraphResponseError('Refusing a next link that is not a directory audits page');
  const page = await graph.get(nextLink, auditPageSchema);
  return { items: page.value, nextLink: page['@odata.nextLink'] ?? null };
}

/** True when `link` is an absolute URL of the directory audits collection under `baseUrl`. */
export function isDirectoryAuditsLink(baseUrl: string, link: string): boolean {
  let url: URL;
  let base: URL;
  try {
    url = new URL(link);
    base = new URL(baseUrl);
  } catch {
    return false;
  }
  return url.origin === base.origin && url.pathname === `${base.pathname.replace(/\/+$/, '')}${collectionPath}` && !url.username && !url.password;
}
