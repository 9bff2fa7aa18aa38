'use server';

import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { createGroupFor, type CreateGroupResult } from '@/lib/actions/create-group';
import { addGroupMembersFor, removeGroupMembersFor, type MembersInput } from '@/lib/actions/group-membership';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';
import { groupKinds, MAIL_NICKNAME_PATTERN } from '@/lib/roles/group-rules';

export type { CreateGroupResult } from '@/lib/actions/create-group';

const newGroupInput = z.object({
  kind: z.enum(groupKinds, 'Select a group type.'),
  displayName: z.string().trim().min(1, 'Enter a group name.').max(256, 'A group name has at most 256 characters.'),
  description: z.string().max(1024, 'A description has at most 1,024 characters.'),
  mailNickname: z.string().trim().regex(MAIL_NICKNAME_PATTERN, 'Enter a mail nickname of letters, digits, dots, hyphens or underscores (at most 64).'),
  isAssignableToRole: z.boolean(),
});

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
  return writeAsSignedInAdmin(({ graph }) => createGroupFor(graph, parsed.data));
}

const membersInput = z.object({
  groupId: z.guid('This group doesn\u2019t exist, or was deleted.'),
  memberIds: z
    .array(z.guid(), 'Select at least one member.')
    .min(1, 'Select at least one member.')
    .max(20, 'Add or remove at most 20 members at a time.'),
});

/** The form's members, each with the name it was picked by (`memberName`, in the same order as `memberId`). */
function parseMembers(form: FormData): { ok: true; input: MembersInput } | { ok: false; result: ActionResult } {
  const parsed = membersInput.safeParse({ groupId: form.get('groupId'), memberIds: form.getAll('memberId') });
  if (!parsed.success) return { ok: false, result: invalidInput(parsed.error) };
  const names = new Map(form.getAll('memberName').map((value, index) => [parsed.data.memberIds[index] ?? '', String(value)]));
  const members = parsed.data.memberIds.map((id) => ({ id, name: names.get(id) ?? id }));
  return { ok: true, input: { groupId: parsed.data.groupId, members } };
}

/** Add members: users and service principals, each through members/$ref. */
export async function addGroupMembers(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = parseMembers(form);
  if (!parsed.ok) return parsed.result;
  return writeAsSignedInAdmin(({ graph }) => addGroupMembersFor(graph, parsed.input));
}

/** Remove member: each through members/{id}/$ref. */
export async function removeGroupMembers(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const parsed = parseMembers(form);
  if (!parsed.ok) return parsed.result;
  return writeAsSignedInAdmin(({ graph }) => removeGroupMembersFor(graph, parsed.input));
}
