import 'server-only';
import { settle, type Settled } from './settle';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import {
  GraphError,
  listRoleAssignmentScheduleInstances,
  listRoleEligibilitySchedules,
  listRoleScheduleRequests,
  readFirstPageOfRoleAssignmentScheduleInstances,
  toUserMessage,
  type GraphClient,
  type RoleAssignment,
  type RoleAssignmentScheduleInstance,
  type RoleScheduleRequest,
  type ScheduleRequestKind,
} from '@/lib/graph/server';
import { pimReadDeniedMessage } from '@/lib/roles/pim-labels';
import {
  activeFacts,
  eligibilityFacts,
  expiredFacts,
  expiredRequests,
  pimKey,
  sortPimRows,
  type PimFacts,
  type PimRow,
} from '@/lib/roles/pim-rows';
import { toRoleAssignmentRows } from './role-assignments';

// The role blade's PIM reads: its eligibilities (Eligible tab), its active assignments' schedules (Start, End and
// State on the Active tab, joined by id: an instance's id is its roleAssignment's), and its requests (Expired tab,
// derived as pim-contract says). All in one parallel round beside the blade's other reads, then one round for
// names (member counts, scopes). A reader Graph refuses (403: no PIM read role) gets the tabs' message, never a
// failed page.

/** A tab's rows, or why there are none to show. */
export type PimTabRead = { ok: true; rows: PimRow[] } | { ok: false; denied: boolean; message: string };

export type RolePimView = {
  eligible: PimTabRead;
  expired: PimTabRead;
  /** The Active tab's facts per roleAssignment id; null when the schedules could not be read. */
  activeFacts: Record<string, PimFacts> | null;
};

function failure(error: unknown): { ok: false; denied: boolean; message: string } {
  if (error instanceof GraphError && error.status === 403) return { ok: false, denied: true, message: pimReadDeniedMessage };
  return { ok: false, denied: false, message: toUserMessage(error).message };
}


/** Schedules, instances and requests carry what a roleAssignment row needs: shaped as one for the shared row builder. */
function asAssignment(item: Pick<RoleAssignment, 'id' | 'roleDefinitionId' | 'principalId' | 'principal' | 'directoryScope'> & { directoryScopeId?: string | null }): RoleAssignment {
  return { id: item.id, roleDefinitionId: item.roleDefinitionId, principalId: item.principalId, directoryScopeId: item.directoryScopeId ?? '/', principal: item.principal, directoryScope: item.directoryScope };
}

async function rowsWith<T extends Parameters<typeof asAssignment>[0]>(
  graph: GraphClient,
  items: readonly T[],
  facts: (item: T) => PimFacts,
  tab: PimRow['tab'],
): Promise<PimRow[]> {
  const rows = await toRoleAssignmentRows(graph, items.map(asAssignment));
  return sortPimRows(rows.map((row, index) => ({ ...row, ...facts(items[index] as T), tab })));
}

/** The Active tab's facts by roleAssignment id (the instance's id is the assignment's, pim-contract). */
export function activeFactsById(instances: readonly RoleAssignmentScheduleInstance[], now: Date): Record<string, PimFacts> {
  return Object.fromEntries(instances.map((instance) => [instance.roleAssignmentOriginId ?? instance.id, activeFacts(instance, now)]));
}

/** As many instances as the blade reads whole: its complete mode lists up to this many assignments. */
export const INSTANCES_READ_WHOLE = 100;

/**
 * The instances the blade needs: all of them when they fit one page; past that (a role with thousands of holders),
 * only those of the principals it shows (the page of assignments, and the requests the Expired tab weighs), in one
 * `$batch` of `in` lists, so a 5,000-holder role costs one more round, not fifty pages.
 */
async function readInstances(
  graph: GraphClient,
  roleId: string,
  principalsShown: Promise<readonly string[]>,
  requests: Promise<Settled<RoleScheduleRequest[]>>,
): Promise<RoleAssignmentScheduleInstance[]> {
  const first = await readFirstPageOfRoleAssignmentScheduleInstances(graph, roleId, INSTANCES_READ_WHOLE);
  if (first.complete) return first.items;
  const [shown, requested] = await Promise.all([principalsShown.catch(() => []), requests]);
  const principalIds = [...shown, ...(requested.ok ? requested.value.map((request) => request.principalId) : [])];
  return listRoleAssignmentScheduleInstances(graph, { roleDefinitionId: roleId, principalIds });
}

export async function loadRolePim(roleId: string, principalsShown: Promise<readonly string[]>, now = new Date()): Promise<RolePimView> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const options = { roleDefinitionId: roleId, expandPrincipal: true } as const;
    const eligibilitiesRead = settle(listRoleEligibilitySchedules(graph, { ...options, expandDirectoryScope: true }));
    const eligibilityRequestsRead = settle(listRoleScheduleRequests(graph, 'eligibility', options));
    const assignmentRequestsRead = settle(listRoleScheduleRequests(graph, 'assignment', options));
    const instancesRead = settle(readInstances(graph, roleId, principalsShown, assignmentRequestsRead));

    // The Expired tab names its candidates (every request whose schedule ended) as soon as the requests are in, while
    // the instances may still be read, and drops afterwards those still current: naming never waits for the
    // instances, so the blade stays two rounds deep however many holders the role has.
    const expiredRead = (async (): Promise<PimTabRead> => {
      const [eligibilityRequests, assignmentRequests] = await Promise.all([eligibilityRequestsRead, assignmentRequestsRead]);
      if (!eligibilityRequests.ok) return failure(eligibilityRequests.error);
      if (!assignmentRequests.ok) return failure(assignmentRequests.error);
      const candidates = [
        ...expiredRequests(eligibilityRequests.value, new Set(), now).map((request) => ({ kind: 'eligibility' as const, request })),
        ...expiredRequests(assignmentRequests.value, new Set(), now).map((request) => ({ kind: 'assignment' as const, request })),
      ];
      const items = candidates.map(({ kind, request }) => ({ ...request, id: `${kind}:${request.id}`, kind, request, directoryScope: null }));
      const namedRead = rowsWith(graph, items, (item) => expiredFacts(item.kind, item.request), 'expired').then(
        (rows) => ({ ok: true as const, rows }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const [eligibilities, instances, named] = await Promise.all([eligibilitiesRead, instancesRead, namedRead]);
      if (!eligibilities.ok) return failure(eligibilities.error);
      if (!instances.ok) return failure(instances.error);
      if (!named.ok) return failure(named.error);
      const currentOf = (kind: ScheduleRequestKind, requests: RoleScheduleRequest[], current: Iterable<{ principalId: string; roleDefinitionId: string; directoryScopeId?: string | null }>) =>
        expiredRequests(requests, new Set([...current].map(pimKey)), now).map((request) => `${kind}:${request.id}`);
      const expired = new Set([
        ...currentOf('eligibility', eligibilityRequests.value, eligibilities.value),
        ...currentOf('assignment', assignmentRequests.value, instances.value),
      ]);
      return { ok: true, rows: named.rows.filter((row) => expired.has(row.id)) };
    })();

    // The Eligible tab is named as soon as its schedules are in, never after the instances.
    const eligibleRead: Promise<PimTabRead> = eligibilitiesRead.then((eligibilities) =>
      eligibilities.ok
        ? rowsWith(graph, eligibilities.value, (schedule) => eligibilityFacts(schedule, now), 'eligible').then((rows) => ({ ok: true as const, rows }), failure)
        : failure(eligibilities.error),
    );

    const [eligibilities, instances, eligibilityRequests, assignmentRequests] = await Promise.all([
      eligibilitiesRead,
      instancesRead,
      eligibilityRequestsRead,
      assignmentRequestsRead,
    ]);
    rethrowUnauthorized(eligibilities, instances, eligibilityRequests, assignmentRequests);

    const [eligible, expired] = await Promise.all([eligibleRead, expiredRead]);
    return { eligible, expired, activeFacts: instances.ok ? activeFactsById(instances.value, now) : null };
  });
}

// A 401 means the session expired: that is the sign-in redirect's to handle, not a tab's message.
function rethrowUnauthorized(...reads: Array<Settled<unknown>>): void {
  for (const read of reads) if (!read.ok && read.error instanceof GraphError && read.error.status === 401) throw read.error;
}
