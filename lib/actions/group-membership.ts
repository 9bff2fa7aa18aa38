import 'server-only';
import { addGroupMember, getGroup, GraphError, listGroupMembers, removeGroupMember, toUserMessage, type GraphClient, type Group } from '@/lib/graph/server';
import { fateAfterReread, fateIsOpen, type WriteFate } from '@/lib/graph/write-outcome';
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
  // Writes whose answer was a 5xx, a timeout or a dropped connection: they may have landed, so they're re-read.
  const open: { id: string; name: string; error: GraphError }[] = [];
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
        if (done.length === 0 && open.length === 0) {
          return unchanged({ ok: false, message: `${memberFailure(error, group)} Nothing was changed.`, requestId: error.requestId });
        }
        failures.push(`${name}: ${memberFailure(error, group)}`);
        break;
      }
      if (error instanceof GraphError && fateIsOpen(error)) open.push({ id, name, error });
      else failures.push(`${name}: ${memberFailure(error, group)}`);
    }
  }

  const unknown: string[] = [];
  const fates = await membershipFates(graph, change, groupId, open);
  open.forEach(({ name, error }, index) => {
    const fate = fates[index];
    if (fate === 'done') done.push(name);
    else if (fate === 'not-done') failures.push(`${name}: ${memberFailure(error, group)}`);
    else unknown.push(name);
  });

  // Whatever may have changed (done or unknown) is re-read by the blades that show it.
  const changed = done.length || unknown.length ? bladesShowingMembership({ id: groupId, isAssignableToRole: group.isAssignableToRole === true }) : [];
  const verb = change === 'add' ? 'Added' : 'Removed';
  const past = change === 'add' ? 'added' : 'removed';
  const preposition = change === 'add' ? 'to' : 'from';
  const noun = (n: number) => (n === 1 ? 'member' : 'members');
  const details = [
    ...done.map((name) => `${verb} ${name}.`),
    ...failures.map((text) => `Not ${past}: ${text}`),
    ...unknown.map((name) => `Unknown: ${name}: Microsoft Graph's answer was lost and a re-read couldn't settle it, so ${name} may or may not have been ${past}. Check again.`),
  ];
  if (failures.length === 0 && unknown.length === 0) {
    return { changed, result: { ok: true, message: `${verb} ${formatCount(done.length)} ${noun(done.length)} ${preposition} ${group.displayName}.`, details } };
  }
  const parts = [
    done.length
      ? `${verb} ${formatCount(done.length)} of ${formatCount(members.length)} ${noun(members.length)} ${preposition} ${group.displayName}`
      : unknown.length
        ? `No member is known to be ${past} ${preposition} ${group.displayName}`
        : `No member was ${past} ${preposition} ${group.displayName}`,
    // With nothing done or unknown, "no member was added" already says every one failed.
    failures.length && (done.length || unknown.length) ? `${formatCount(failures.length)} failed` : '',
    unknown.length ? `${formatCount(unknown.length)} unknown: check again below` : '',
  ].filter(Boolean);
  const requestId = open.find((item) => item.error.requestId)?.error.requestId;
  return { changed, result: { ok: false, message: `${parts.join('; ')}.`, details, requestId } };
}

/**
 * The fate of member writes whose answer was lost, from ONE re-read of the group's members: added when the member
 * is there now, removed when it isn't. A re-read that fails, or sees no change after a timeout (the request may
 * still land), leaves the fate unknown.
 */
async function membershipFates(
  graph: GraphClient,
  change: MemberChange,
  groupId: string,
  open: readonly { id: string; error: GraphError }[],
): Promise<WriteFate[]> {
  if (open.length === 0) return [];
  let present: Set<string>;
  try {
    present = new Set((await listGroupMembers(graph, groupId)).map((member) => member.id.toLowerCase()));
  } catch {
    return open.map(() => 'unknown');
  }
  return open.map(({ id, error }) => fateAfterReread(error, present.has(id.toLowerCase()) === (change === 'add')));
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
    if (!(error instanceof GraphError && error.status === 404)) {
      if (!(error instanceof GraphError && fateIsOpen(error))) return unchanged(failed(error));
      const [fate] = await membershipFates(graph, 'remove', groupId, [{ id: userId, error }]);
      if (fate === 'not-done') return unchanged(failed(error));
      if (fate === 'unknown') {
        return {
          result: {
            ok: false,
            message: `Unknown: Microsoft Graph's answer was lost, so ${userName} may or may not have been removed from ${group.displayName}. Check again.`,
            requestId: error.requestId,
          },
          changed: bladesShowingMembership({ id: groupId, isAssignableToRole: group.isAssignableToRole === true }),
        };
      }
    }
  }
  return {
    result: { ok: true, message: `Removed ${userName} from ${group.displayName}, and so from every role the group holds.` },
    changed: bladesShowingMembership({ id: groupId, isAssignableToRole: group.isAssignableToRole === true }),
  };
}
