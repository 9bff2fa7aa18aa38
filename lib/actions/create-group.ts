import 'server-only';
import { createGroup, getGroup, GraphError, type GraphClient } from '@/lib/graph/server';
import { CREATE_GROUP_DENIED, newGroupBody, type NewGroupInput } from '@/lib/roles/group-rules';
import { failed, unchanged, type ActionResult, type WriteOutcome } from './action-result';
import { bladesShowingNewGroup } from './changed-blades';

const ROLE_ASSIGNABLE_CREATE_DENIED =
  'Only a Privileged Role Administrator or Global Administrator can create a group to which Microsoft Entra roles can be assigned. Nothing was created.';

export type CreateGroupResult = ActionResult & { groupId?: string };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads the new group back before the blade opens it: Entra replicates a new object for a few seconds, during
 * which a read by id may answer 404. A handful of tries, then the blade's not-found page says to refresh.
 */
async function waitUntilReadable(graph: GraphClient, groupId: string): Promise<boolean> {
  for (let attempt = 0; attempt < 6; attempt++) {
    if (await getGroup(graph, groupId).catch(() => null)) return true;
    await pause(500 * (attempt + 1));
  }
  return false;
}

/** New group: a security or Microsoft 365 group with assigned membership, optionally role-assignable. */
export async function createGroupFor(graph: GraphClient, input: NewGroupInput): Promise<WriteOutcome<CreateGroupResult>> {
  let groupId: string;
  try {
    // Graph decides who may set isAssignableToRole (only PRA and GA): its 403 is the real check.
    groupId = (await createGroup(graph, newGroupBody(input))).id;
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) {
      return unchanged({ ok: false, message: input.isAssignableToRole ? ROLE_ASSIGNABLE_CREATE_DENIED : `${CREATE_GROUP_DENIED} Nothing was created.`, requestId: error.requestId });
    }
    if (error instanceof GraphError && error.status === 400) {
      return unchanged({ ok: false, message: 'Microsoft Graph refused the group: check the name, the mail nickname and the type. Nothing was created.', requestId: error.requestId });
    }
    return unchanged(failed(error));
  }
  const readable = await waitUntilReadable(graph, groupId);
  const name = input.displayName.trim();
  return {
    result: { ok: true, groupId, message: readable ? `Created group ${name}.` : `Created group ${name}. It can take a minute before it appears everywhere.` },
    changed: bladesShowingNewGroup(),
  };
}
