// Remove assignment on a user's Assigned roles against the emulator's Contoso tenant, as Patti Fernandez
// (Privileged Role Administrator). Each test creates what it removes, on people no other test file uses, and
// anything left is deleted afterwards: other files share this emulator.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRoleAssignment, deleteRoleAssignments, listRoleAssignments } from '@/lib/graph/role-assignments';
import { listUsers } from '@/lib/graph/users';
import { builtInRoles, graphAs } from '@/tests/graph-fixtures';
import { removeUserRoleAssignmentsFor } from './user-role-assignments';

// `server-only` refuses to load outside a React server bundle; these tests are the server.
vi.mock('server-only', () => ({}));

const ids: Record<string, string> = {};
const id = (name: string) => {
  const found = ids[name];
  if (!found) throw new Error(`No user named ${name} in the demo tenant`);
  return found;
};

beforeAll(async () => {
  const { graph } = await graphAs('app');
  for (const user of (await listUsers(graph)).users) if (user.displayName) ids[user.displayName] = user.id;
});

afterEach(async () => {
  const { graph } = await graphAs('PattiF');
  const left = await listRoleAssignments(graph, { principalIds: [id('Gustav Lindqvist'), id('Hannah Okafor')] });
  await deleteRoleAssignments(graph, left.map((a) => a.id));
});

async function patti() {
  const { graph } = await graphAs('PattiF');
  return { graph, userId: id('Patti Fernandez') };
}

async function assign(name: string, roleDefinitionId: string): Promise<string> {
  const { graph } = await graphAs('PattiF');
  return (await createRoleAssignment(graph, { roleDefinitionId, principalId: id(name), directoryScopeId: '/' })).id;
}

describe('removeUserRoleAssignmentsFor', () => {
  it('removes one role\u2019s assignment with that role\u2019s own result', async () => {
    const assignment = await assign('Gustav Lindqvist', builtInRoles.reportsReader);
    const { result, changed } = await removeUserRoleAssignmentsFor(await patti(), {
      userId: id('Gustav Lindqvist'), assignmentIds: [assignment], lastHolderConfirmed: false,
    });
    expect(result).toEqual({ ok: true, message: 'Removed 1 assignment of Reports Reader.', details: ['Removed Gustav Lindqvist at Directory.'] });
    expect(changed).toContainEqual({ path: `/users/${id('Gustav Lindqvist')}`, type: 'layout' });
    expect(changed).toContainEqual({ path: `/roles/${builtInRoles.reportsReader}`, type: 'layout' });
  });

  it('removes assignments of several roles, one role at a time, and sums them up', async () => {
    const first = await assign('Gustav Lindqvist', builtInRoles.reportsReader);
    const second = await assign('Gustav Lindqvist', builtInRoles.messageCenterReader);
    const { result, changed } = await removeUserRoleAssignmentsFor(await patti(), {
      userId: id('Gustav Lindqvist'), assignmentIds: [first, second], lastHolderConfirmed: false,
    });
    expect(result).toEqual({ ok: true, message: 'Removed 2 role assignments.', details: ['Removed Gustav Lindqvist at Directory.', 'Removed Gustav Lindqvist at Directory.'] });
    expect(changed).toEqual(expect.arrayContaining([
      { path: `/roles/${builtInRoles.reportsReader}`, type: 'layout' },
      { path: `/roles/${builtInRoles.messageCenterReader}`, type: 'layout' },
    ]));
    expect(await listRoleAssignments((await patti()).graph, { principalIds: [id('Gustav Lindqvist')] })).toEqual([]);
  });

  it('refuses an assignment that is not the user\u2019s own, and removes nothing', async () => {
    const his = await assign('Gustav Lindqvist', builtInRoles.reportsReader);
    const hers = await assign('Hannah Okafor', builtInRoles.reportsReader);
    const { result, changed } = await removeUserRoleAssignmentsFor(await patti(), {
      userId: id('Gustav Lindqvist'), assignmentIds: [his, hers], lastHolderConfirmed: false,
    });
    expect(result).toEqual({
      ok: false,
      message: 'Some of the selected assignments are no longer assigned to this user directly. Select Refresh and try again; nothing was changed.',
    });
    expect(changed).toEqual([]);
    const left = await listRoleAssignments((await patti()).graph, { principalIds: [id('Gustav Lindqvist'), id('Hannah Okafor')] });
    expect(left.map((a) => a.id).sort()).toEqual([his, hers].sort());
  });
});
