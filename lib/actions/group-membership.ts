import 'server-only';
import { addGroupMember, getGroup, GraphError, removeGroupMember, toUserMessage, type GraphClient, type Group } from '@/lib/graph/server';
import { formatCount } from '@/lib/format/count';
import { DYNAMIC_MEMBERS_REFUSED, GROUP_MEMBERS_DENIED, isDynamic, ROLE_ASSIGNABLE_MEMBERS_DENIED } from '@/lib/roles/group-rules';
import { failed, unchanged, type WriteOutcome } from './action-result';
import { bladesShowingMembership } from './changed-blades';

export type MembersInput = {
  groupId: string;
  /** Each member's id, and the name the admin picked it by (for the result's wording only). */
  members: { id: string; name: string }[];
};

const GROUP_GONE = 'This group no longer exists. Nothing was changed.';

function membersDenied(group: Group): string {
  return group.isAssignableToRole === true ? ROLE_ASSIGNABLE_MEMBERS_DENIED : GROUP_MEMBERS_DENIED;
}

function memberFailure(error: unknown, group: Group): string {
  if (error instanceof GraphError && error.status === 403) return membersDenied(group);
  const text = error instanceof GraphError ? (error.graphMessage ?? '').toLowerCase() : '';
  if (text.includes('already exist')) return 'already a member.';
  if (text.includes('nesting')) return 'a role-assignable group can\u2019t contain groups.';
  if (error instanceof GraphError && error.status === 404) return 'no longer exists.';
  return toUserMessage(error).message;
}

type MemberChange = 'add' | 'remove';

async function changeMembers(graph: GraphClient, change: MemberChange, { groupId, members }: MembersInput): Promise<WriteOutcome> {
  const group = await getGroup(graph, groupId);
  if (!group) return unchanged({ ok: false, message: GROUP_GONE });
  if (isDynamic(group)) return unchanged({ ok: false, message: `${DYNAMIC_MEMBERS_REFUSED} Nothing was changed.` });

  // One at a time: members/$ref takes one member per request, and the first refusal (403) ends the run honestly.
  const done: string[] = [];
  const failures: string[] = [];
  for (const { id, name } of members) {
    try {
      if (change === 'add') await addGroupMember(graph, groupId, id);
      else await removeGroupMember(graph, groupId, id);
      done.push(name);
    } catch (error) {
      // Removing someone who already left: the admin's intent holds.
      if (change === 'remove' && error instanceof GraphError && error.status === 404) {
        done.push(name);
        continue;
      }
      if (error instanceof GraphError && error.status === 403) {
        if (done.length === 0) return unchanged({ ok: false, message: `${memberFailure(error, group)} Nothing was changed.`, requestId: error.requestId });
        failures.push(`${name}: ${memberFailure(error, group)}`);
        break;
      }
      failures.push(`${name}: ${memberFailure(error, group)}`);
    }
  }

  const changed = done.length ? bladesShowingMembership({ id: groupId, isAssignableToRole: group.isAssignableToRole === true }) : [];
  const verb = change === 'add' ? 'Added' : 'Removed';
  const preposition = change === 'add' ? 'to' : 'from';
  const noun = (n: number) => (n === 1 ? 'member' : 'members');
  const details = [...done.map((name) => `${verb} ${name}.`), ...failures.map((text) => `Not ${change === 'add' ? 'added' : 'removed'}: ${text}`)];
  if (failures.length === 0) {
    return { changed, result: { ok: true, message: `${verb} ${formatCount(done.length)} ${noun(done.length)} ${preposition} ${group.displayName}.`, details } };
  }
  return {
    changed,
    result: {
      ok: false,
      message: done.length
        ? `${verb} ${formatCount(done.length)} of ${formatCount(members.length)} ${noun(members.length)} ${preposition} ${group.displayName}; ${formatCount(failures.length)} failed.`
        : `No member was ${change === 'add' ? 'added to' : 'removed from'} ${group.displayName}.`,
      details,
    },
  };
}

/** Add members: users and service principals, each through members/$ref. Throws only when the group can't be read. */
export function addGroupMembersFor(graph: GraphClient, input: MembersInput): Promise<WriteOutcome> {
  return changeMembers(graph, 'add', input);
}

/** Remove member: each through members/{id}/$ref. Throws only when the group can't be read. */
export function removeGroupMembersFor(graph: GraphClient, input: MembersInput): Promise<WriteOutcome> {
  return changeMembers(graph, 'remove', input);
}

export type LeaveGroupInput = { userId: string; userName: string; groupId: string };

/**
 * Remove from group, for a role the user holds through a role-assignable group: Entra has no other way to take
 * an inherited role away ("remove the user from the group that has been assigned the role").
 */
export async function removeUserFromGroupFor(graph: GraphClient, { userId, userName, groupId }: LeaveGroupInput): Promise<WriteOutcome> {
  const group = await getGroup(graph, groupId);
  if (!group) return unchanged({ ok: false, message: GROUP_GONE });
  try {
    await removeGroupMember(graph, groupId, userId);
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) {
      return unchanged({ ok: false, message: `${membersDenied(group)} Nothing was changed.`, requestId: error.requestId });
    }
    // Already gone from the group: the admin's intent holds.
    if (!(error instanceof GraphError && error.status === 404)) return unchanged(failed(error));
  }
  return {
    result: { ok: true, message: `Removed ${userName} from ${group.displayName}, and so from every role the group holds.` },
    changed: bladesShowingMembership({ id: groupId, isAssignableToRole: group.isAssignableToRole === true }),
  };
}
