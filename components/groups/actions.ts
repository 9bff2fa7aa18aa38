'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failed, invalidInput, signInExpired, type ActionResult } from '@/lib/actions/action-result';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import {
  addGroupMember,
  createGroup,
  getGroup,
  GraphError,
  removeGroupMember,
  toUserMessage,
  type GraphClient,
  type Group,
} from '@/lib/graph/server';
import {
  CREATE_GROUP_DENIED,
  DYNAMIC_MEMBERS_REFUSED,
  GROUP_MEMBERS_DENIED,
  groupKinds,
  isDynamic,
  MAIL_NICKNAME_PATTERN,
  newGroupBody,
  ROLE_ASSIGNABLE_MEMBERS_DENIED,
} from '@/lib/roles/group-rules';
import { formatCount } from '@/lib/format/count';

const ROLE_ASSIGNABLE_CREATE_DENIED =
  'Only a Privileged Role Administrator or Global Administrator can create a group to which Microsoft Entra roles can be assigned. Nothing was created.';

const newGroupInput = z.object({
  kind: z.enum(groupKinds, 'Select a group type.'),
  displayName: z.string().trim().min(1, 'Enter a group name.').max(256, 'A group name has at most 256 characters.'),
  description: z.string().max(1024, 'A description has at most 1,024 characters.'),
  mailNickname: z.string().trim().regex(MAIL_NICKNAME_PATTERN, 'Enter a mail nickname of letters, digits, dots, hyphens or underscores (at most 64).'),
  isAssignableToRole: z.boolean(),
});

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
export async function createNewGroup(_previous: CreateGroupResult | null, form: FormData): Promise<CreateGroupResult> {
  const parsed = newGroupInput.safeParse({
    kind: form.get('kind'),
    displayName: form.get('displayName') ?? '',
    description: form.get('description') ?? '',
    mailNickname: form.get('mailNickname') ?? '',
    isAssignableToRole: form.get('isAssignableToRole') === 'on',
  });
  if (!parsed.success) return invalidInput(parsed.error);
  const graph = await graphForSignedInAdmin();
  if (!graph) return signInExpired();

  let groupId: string;
  try {
    // Graph decides who may set isAssignableToRole (only PRA and GA): its 403 is the real check.
    groupId = (await createGroup(graph, newGroupBody(parsed.data))).id;
  } catch (error) {
    if (error instanceof GraphError && error.status === 403) {
      return { ok: false, message: parsed.data.isAssignableToRole ? ROLE_ASSIGNABLE_CREATE_DENIED : `${CREATE_GROUP_DENIED} Nothing was created.`, requestId: error.requestId };
    }
    if (error instanceof GraphError && error.status === 400) {
      return { ok: false, message: 'Microsoft Graph refused the group: check the name, the mail nickname and the type. Nothing was created.', requestId: error.requestId };
    }
    return failed(error);
  }
  const readable = await waitUntilReadable(graph, groupId);
  revalidatePath('/groups');
  return {
    ok: true,
    groupId,
    message: readable
      ? `Created group ${parsed.data.displayName.trim()}.`
      : `Created group ${parsed.data.displayName.trim()}. It can take a minute before it appears everywhere.`,
  };
}

const membersInput = z.object({
  groupId: z.guid('This group doesn\u2019t exist, or was deleted.'),
  memberIds: z
    .array(z.guid(), 'Select at least one member.')
    .min(1, 'Select at least one member.')
    .max(20, 'Add or remove at most 20 members at a time.'),
});

function parseMembers(form: FormData) {
  return membersInput.safeParse({ groupId: form.get('groupId'), memberIds: form.getAll('memberId') });
}

function memberFailure(error: unknown, roleAssignable: boolean): string {
  if (error instanceof GraphError && error.status === 403) return roleAssignable ? ROLE_ASSIGNABLE_MEMBERS_DENIED : GROUP_MEMBERS_DENIED;
  const text = error instanceof GraphError ? (error.graphMessage ?? '').toLowerCase() : '';
  if (text.includes('already exist')) return 'already a member.';
  if (text.includes('nesting')) return 'a role-assignable group can\u2019t contain groups.';
  if (error instanceof GraphError && error.status === 404) return 'no longer exists.';
  return toUserMessage(error).message;
}

type MemberChange = 'add' | 'remove';

async function changeMembers(change: MemberChange, form: FormData): Promise<ActionResult> {
  const parsed = parseMembers(form);
  if (!parsed.success) return invalidInput(parsed.error);
  const names = new Map(form.getAll('memberName').map((value, index) => [parsed.data.memberIds[index] ?? '', String(value)]));
  const graph = await graphForSignedInAdmin();
  if (!graph) return signInExpired();
  const { groupId, memberIds } = parsed.data;

  let group: Group | null;
  try {
    group = await getGroup(graph, groupId);
  } catch (error) {
    return failed(error);
  }
  if (!group) return { ok: false, message: 'This group no longer exists. Nothing was changed.' };
  if (isDynamic(group)) return { ok: false, message: `${DYNAMIC_MEMBERS_REFUSED} Nothing was changed.` };
  const roleAssignable = group.isAssignableToRole === true;

  // One at a time: members/$ref takes one member per request, and the first refusal (403) ends the run honestly.
  const done: string[] = [];
  const failures: string[] = [];
  for (const memberId of memberIds) {
    const name = names.get(memberId) ?? memberId;
    try {
      if (change === 'add') await addGroupMember(graph, groupId, memberId);
      else await removeGroupMember(graph, groupId, memberId);
      done.push(name);
    } catch (error) {
      // Removing someone who already left: the admin's intent holds.
      if (change === 'remove' && error instanceof GraphError && error.status === 404) {
        done.push(name);
        continue;
      }
      if (error instanceof GraphError && error.status === 403) {
        if (done.length === 0) return { ok: false, message: `${memberFailure(error, roleAssignable)} Nothing was changed.`, requestId: error.requestId };
        failures.push(`${name}: ${memberFailure(error, roleAssignable)}`);
        break;
      }
      failures.push(`${name}: ${memberFailure(error, roleAssignable)}`);
    }
  }

  if (done.length) {
    revalidatePath(`/groups/${groupId}`, 'layout');
    revalidatePath('/groups');
    revalidatePath('/users', 'layout');
    if (roleAssignable) revalidatePath('/my-roles');
  }
  const verb = change === 'add' ? 'Added' : 'Removed';
  const preposition = change === 'add' ? 'to' : 'from';
  const noun = (n: number) => (n === 1 ? 'member' : 'members');
  const details = [...done.map((name) => `${verb} ${name}.`), ...failures.map((text) => `Not ${change === 'add' ? 'added' : 'removed'}: ${text}`)];
  if (failures.length === 0) {
    return { ok: true, message: `${verb} ${formatCount(done.length)} ${noun(done.length)} ${preposition} ${group.displayName}.`, details };
  }
  return {
    ok: false,
    message: done.length
      ? `${verb} ${formatCount(done.length)} of ${formatCount(memberIds.length)} ${noun(memberIds.length)} ${preposition} ${group.displayName}; ${formatCount(failures.length)} failed.`
      : `No member was ${change === 'add' ? 'added to' : 'removed from'} ${group.displayName}.`,
    details,
  };
}

/** Add members: users and service principals, each through members/$ref. */
export async function addGroupMembers(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return changeMembers('add', form);
}

/** Remove member: each through members/{id}/$ref. */
export async function removeGroupMembers(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return changeMembers('remove', form);
}
