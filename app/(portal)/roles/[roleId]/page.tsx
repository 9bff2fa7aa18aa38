import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { RolePimTabs } from '@/components/role-blade/role-pim-tabs';
import { requireGraph } from '@/lib/auth/session';
import { isGuid } from '@/lib/graph/server';
import { parseAssignmentFilters } from '@/lib/roles/assignment-filters';
import { readCursorTrail, readPageOrFirst, readSearch, type ListInputNote } from '@/lib/views/list-params';
import { getSignedInAdmin } from '@/lib/views/signed-in-admin';
import { loadManagingPeerCount, loadRole, loadRoleAssignments, toRoleSummary, type RoleAssignmentsView } from '@/lib/views/role-blade';
import { builtInScopeKinds } from '@/lib/roles/scopes';
import { loadScopeOptions, loadScopeOptionsOfKinds } from '@/lib/views/scope-options';
import { loadRolePim, type RolePimView } from '@/lib/views/role-pim';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ roleId: string }>; searchParams: Promise<SearchParams> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const role = await loadRole((await params).roleId);
  return { title: role ? `${role.displayName} | Assignments` : 'Role not found' };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

export default withLoadFailure(async function RoleAssignmentsPage({ params, searchParams }: Props) {
  const [{ roleId }, query] = await Promise.all([params, searchParams]);
  const filters = parseAssignmentFilters({ get: (name) => first(query[name]) });
  // The assignments are read alongside the role, not after it: one round trip less on every open. For an
  // unknown role the list is dropped (and its failure, if any, ignored) in favour of the not-found page.
  const { search, note: searchNote } = readSearch(filters.search);
  const trail = readCursorTrail(query.after);
  // The PIM reads need the shown rows' principals (a role with thousands of holders reads only theirs): told as soon
  // as the page of assignments is read, not after its names.
  let tellShown: (principalIds: string[]) => void = () => undefined;
  const principalsShown = new Promise<string[]>((resolve) => { tellShown = resolve; });
  const viewRead: Promise<{ page: RoleAssignmentsView; note: ListInputNote | null }> = isGuid(roleId)
    ? readPageOrFirst(trail.after, (after) => loadRoleAssignments(roleId, { after, search, scope: filters.scope, onPrincipals: tellShown }))
    : Promise.resolve({ page: { mode: 'complete', rows: [] }, note: null });
  viewRead.catch(() => undefined);
  // PIM's eligible, expired and schedules, in the same round; each tab says for itself when Graph refused it.
  const unread: RolePimView = { eligible: { ok: true, rows: [] }, expired: { ok: true, rows: [] }, activeFacts: null };
  viewRead.then(({ page }) => tellShown(page.rows.map((row) => row.principalId)), () => tellShown([]));
  const pimRead = isGuid(roleId) ? loadRolePim(roleId, principalsShown) : Promise.resolve(unread);
  pimRead.catch(() => undefined);
  // The Add panel's scopes are read while the admin's own roles still are (an admin who can't add never sees them):
  // waiting for those first would add a round trip to every open. A built-in role's scope kinds are known from its
  // id, so its scopes are read alongside the role; a custom role's follow from its permissions, read first.
  const builtInKinds = isGuid(roleId) ? builtInScopeKinds(roleId) : null;
  const earlyScopesRead = builtInKinds ? loadScopeOptionsOfKinds(await requireGraph(), builtInKinds) : null;
  earlyScopesRead?.catch(() => undefined);
  const role = await loadRole(roleId);
  if (!role) notFound();
  const scopesRead = role.isBuiltIn && earlyScopesRead ? earlyScopesRead : loadScopeOptions(await requireGraph(), role);
  scopesRead.catch(() => undefined);
  const peersRead = loadManagingPeerCount(role);
  const [{ page: view, note: cursorNote }, admin, pim] = await Promise.all([viewRead, getSignedInAdmin(), pimRead]);
  const [scopeOptions, managingPeers] = admin.canManageRoleAssignments ? await Promise.all([scopesRead, peersRead]) : [[], null];
  return (
    <>
      <ListInputNotice notes={[searchNote, trail.note ?? cursorNote]} />
      <RolePimTabs role={toRoleSummary(role)} view={view} pim={pim} scopeOptions={scopeOptions} managingPeers={managingPeers} />
    </>
  );
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
