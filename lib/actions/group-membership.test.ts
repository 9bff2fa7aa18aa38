// New group, Add members, Remove member and Remove from group against the emulator's Contoso tenant, as Patti
// Fernandez (Privileged Role Administrator) unless a test says otherwise, with the permissions the portal asks for
// (`.default` lacks Group.ReadWrite.All, which ordinary groups need). The groups this file creates have unique
// names and are deleted at the end; the members it adds are people no other test file uses.
import { afterAll, afterEach, beforeAll, describe, expect, it, inject, vi } from 'vitest';
import { getGroup, listGroupMembers, listGroups } from '@/lib/graph/groups';
import { listUsers } from '@/lib/graph/users';
import { createGraphClient, type GraphClient } from '@/lib/graph/client';
import { GraphError } from '@/lib/graph/errors';
import { graphScopes } from '@/lib/auth/scopes';
import { admin, authority, graphAs } from '@/tests/graph-fixtures';
import { signInAsUser } from '@/tests/sign-in';
import { createGroupFor } from './create-group';
import { addGroupMembersFor, removeGroupMembersFor, removeUserFromGroupFor } from './group-membership';

// `server-only` refuses to load outside a React server bundle; these tests are the server.
vi.mock('server-only', () => ({}));

const ids: Record<string, string> = {};
const id = (name: string) => {
  const found = ids[name];
  if (!found) throw new Error(`No object named ${name} in the demo tenant`);
  return found;
};
const member = (name: string) => ({ id: id(name), name });

const portalTokens = new Map<string, Promise<string>>();
/** A Graph client for `who` signed in as the portal signs in: with its own list of permissions. */
async function portalGraphAs(who: string): Promise<{ graph: GraphClient }> {
  let token = portalTokens.get(who);
  if (!token) {
    token = signInAsUser(authority(), who, { scope: [...graphScopes, 'openid', 'profile', 'offline_access'].join(' ') });
    portalTokens.set(who, token);
  }
  return { graph: createGraphClient({ baseUrl: inject('graphBaseUrl'), accessToken: await token, logger: () => {} }) };
}
const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const created: string[] = [];
let admins: { id: string; name: string };
let plain: { id: string; name: string };

async function newGroup(name: string, isAssignableToRole: boolean) {
  const { graph } = await portalGraphAs('PattiF');
  const displayName = `${name} ${suffix}`;
  const outcome = await createGroupFor(graph, { kind: 'security', displayName, description: 'Created by group-membership.test.ts', mailNickname: `${name.replace(/\W/g, '')}${suffix}`, isAssignableToRole });
  if (outcome.result.groupId) created.push(outcome.result.groupId);
  return { outcome, displayName };
}

beforeAll(async () => {
  const { graph } = await graphAs('app');
  const [{ users }, groups] = await Promise.all([listUsers(graph), listGroups(graph)]);
  for (const item of [...users, ...groups]) if (item.displayName) ids[item.displayName] = item.id;
  const [roleAssignable, security] = await Promise.all([newGroup('Membership test admins', true), newGroup('Membership test team', false)]);
  admins = { id: roleAssignable.outcome.result.groupId ?? '', name: roleAssignable.displayName };
  plain = { id: security.outcome.result.groupId ?? '', name: security.displayName };
});

afterEach(async () => {
  await admin().clearFaults();
});

afterAll(async () => {
  // Graph deletes groups softly and the portal has no deleteGroup: the tests delete what they made themselves.
  const { graph } = await portalGraphAs('PattiF');
  await Promise.all(created.map((groupId) => graph.delete(`/groups/${groupId}`)));
});

async function membersOf(groupId: string): Promise<string[]> {
  const { graph } = await portalGraphAs('PattiF');
  return (await listGroupMembers(graph, groupId)).map((m) => m.displayName ?? m.id).sort();
}

describe('createGroupFor', () => {
  it('creates a role-assignable security group, reads it back, and refreshes the groups list', async () => {
    const { graph } = await portalGraphAs('PattiF');
    expect(await getGroup(graph, admins.id)).toMatchObject({ displayName: admins.name, isAssignableToRole: true, securityEnabled: true });
    const { outcome, displayName } = await newGroup('Membership test created', false);
    expect(outcome).toEqual({
      result: { ok: true, groupId: expect.any(String), message: `Created group ${displayName}.` },
      changed: [{ path: '/groups', type: 'page' }],
    });
  });

  it('tells a Global Reader that only a Privileged Role Administrator can create a role-assignable group', async () => {
    const { graph } = await portalGraphAs('IsaiahL');
    const displayName = `Membership test refused ${suffix}`;
    const outcome = await createGroupFor(graph, { kind: 'security', displayName, description: '', mailNickname: `refused${suffix}`, isAssignableToRole: true });
    expect(outcome.result).toMatchObject({
      ok: false,
      message: 'Only a Privileged Role Administrator or Global Administrator can create a group to which Microsoft Entra roles can be assigned. Nothing was created.',
    });
    expect(outcome.changed).toEqual([]);
    const { graph: app } = await graphAs('app');
    expect((await listGroups(app)).some((group) => group.displayName === displayName)).toBe(false);
  });
});

describe('addGroupMembersFor and removeGroupMembersFor', () => {
  it('adds members one by one, names each, and refreshes the blades that show them', async () => {
    const { graph } = await portalGraphAs('PattiF');
    const { result, changed } = await addGroupMembersFor(graph, { groupId: admins.id, members: [member('Elena Petrova'), member('Farah Haddad')] });
    expect(result).toEqual({ ok: true, message: `Added 2 members to ${admins.name}.`, details: ['Added Elena Petrova.', 'Added Farah Haddad.'] });
    // A role-assignable group's members count on the role blades and on My roles too.
    expect(changed).toEqual([
      { path: `/groups/${admins.id}`, type: 'layout' },
      { path: '/groups', type: 'page' },
      { path: '/users', type: 'layout' },
      { path: '/my-roles', type: 'page' },
      { path: '/roles', type: 'layout' },
    ]);
    expect(await membersOf(admins.id)).toEqual(['Elena Petrova', 'Farah Haddad']);

    const removed = await removeGroupMembersFor(graph, { groupId: admins.id, members: [member('Elena Petrova'), member('Farah Haddad')] });
    expect(removed.result).toEqual({ ok: true, message: `Removed 2 members from ${admins.name}.`, details: ['Removed Elena Petrova.', 'Removed Farah Haddad.'] });
    expect(await membersOf(admins.id)).toEqual([]);
  });

  it('says who is already a member or no longer exists, and adds the rest', async () => {
    const { graph } = await portalGraphAs('PattiF');
    await addGroupMembersFor(graph, { groupId: plain.id, members: [member('Elena Petrova')] });
    const gone = { id: '00000000-0000-4000-8000-00000000beef', name: 'Someone deleted' };
    const { result, changed } = await addGroupMembersFor(graph, { groupId: plain.id, members: [member('Elena Petrova'), gone, member('Ivan Horvat')] });
    expect(result).toEqual({
      ok: false,
      message: `Added 1 of 3 members to ${plain.name}; 2 failed.`,
      details: ['Added Ivan Horvat.', 'Not added: Elena Petrova: already a member.', 'Not added: Someone deleted: no longer exists.'],
    });
    // Not role-assignable: neither the role blades nor My roles change.
    expect(changed.map((blade) => blade.path)).toEqual([`/groups/${plain.id}`, '/groups', '/users']);
    await removeGroupMembersFor(graph, { groupId: plain.id, members: [member('Elena Petrova'), member('Ivan Horvat')] });
  });

  it('counts a member who already left as removed: the admin\u2019s intent holds', async () => {
    const { graph } = await portalGraphAs('PattiF');
    const { result } = await removeGroupMembersFor(graph, { groupId: plain.id, members: [member('Farah Haddad')] });
    expect(result).toMatchObject({ ok: true, message: `Removed 1 member from ${plain.name}.` });
  });

  describe('refuses, and changes nothing', () => {
    it('a Global Reader, at the first member, with the role that is needed', async () => {
      const { graph } = await portalGraphAs('IsaiahL');
      const { result, changed } = await addGroupMembersFor(graph, { groupId: admins.id, members: [member('Elena Petrova'), member('Farah Haddad')] });
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/ Nothing was changed\.$/) });
      expect(changed).toEqual([]);
      expect(await membersOf(admins.id)).toEqual([]);
    });

    it('a group with dynamic membership', async () => {
      const { graph } = await portalGraphAs('PattiF');
      const { result, changed } = await addGroupMembersFor(graph, { groupId: id('All Guests'), members: [member('Elena Petrova')] });
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/ Nothing was changed\.$/);
      expect(changed).toEqual([]);
    });

    it('a group that does not exist', async () => {
      const { graph } = await portalGraphAs('PattiF');
      const { result, changed } = await removeGroupMembersFor(graph, { groupId: '00000000-0000-4000-8000-00000000dead', members: [member('Elena Petrova')] });
      expect(result).toEqual({ ok: false, message: 'This group no longer exists. Nothing was changed.' });
      expect(changed).toEqual([]);
    });
  });

  it('reports a member whose write failed on Graph\u2019s side, and goes on with the others', async () => {
    const { graph } = await portalGraphAs('PattiF');
    // Only this group's member writes fail, for as short a time as possible: the other files use the emulator too.
    await admin().setFaults({ paths: `^/groups/${admins.id}/members/\\$ref$`, rate500: 1 });
    const { result, changed } = await addGroupMembersFor(graph, { groupId: admins.id, members: [member('Elena Petrova')] });
    await admin().clearFaults();
    expect(result).toMatchObject({ ok: false, message: `No member was added to ${admins.name}.` });
    expect(result.details?.[0]).toMatch(/^Not added: Elena Petrova: Microsoft Graph failed/);
    expect(changed).toEqual([]);
  });
});

describe('a member write whose answer is lost', () => {
  // A client whose member writes reach Graph (or not) and then answer as a failing Graph would: the action can't
  // trust the answer and must re-read the group to say what happened.
  function losingAnswers(graph: GraphClient, { landed, status }: { landed: boolean; status: number }): GraphClient {
    const lose = (method: string, path: string) =>
      new GraphError({ status, code: status === 0 ? 'NetworkError' : 'generalException', method, path, graphMessage: 'The answer was lost' });
    return {
      ...graph,
      postNoContent: async (path, ...rest) => {
        if (landed) await graph.postNoContent(path, ...rest);
        throw lose('POST', path);
      },
      delete: async (path, ...rest) => {
        if (landed) await graph.delete(path, ...rest);
        throw lose('DELETE', path);
      },
    };
  }

  it('a 500 after the add landed: the re-read finds the member, so it is reported added', async () => {
    const { graph } = await portalGraphAs('PattiF');
    const { result, changed } = await addGroupMembersFor(losingAnswers(graph, { landed: true, status: 500 }), { groupId: plain.id, members: [member('Elena Petrova')] });
    expect(result).toMatchObject({ ok: true, message: `Added 1 member to ${plain.name}.`, details: ['Added Elena Petrova.'] });
    expect(changed).not.toEqual([]);
    expect(await membersOf(plain.id)).toContain('Elena Petrova');
    await removeGroupMembersFor(graph, { groupId: plain.id, members: [member('Elena Petrova')] });
  });

  it('a dropped connection before the add: the member is not there, but the request may still land, so it is unknown', async () => {
    const { graph } = await portalGraphAs('PattiF');
    const { result, changed } = await addGroupMembersFor(losingAnswers(graph, { landed: false, status: 0 }), { groupId: plain.id, members: [member('Elena Petrova')] });
    expect(result).toMatchObject({ ok: false, message: `No member is known to be added to ${plain.name}; 1 unknown: check again below.` });
    expect(result.details).toEqual([expect.stringMatching(/^Unknown: Elena Petrova: .* may or may not have been added\. Check again\.$/)]);
    // Unknown may have changed: the blades that show the group re-read it.
    expect(changed).not.toEqual([]);
    expect(await membersOf(plain.id)).not.toContain('Elena Petrova');
  });

  it('a 500 after the remove landed: the re-read finds the member gone, so it is reported removed', async () => {
    const { graph } = await portalGraphAs('PattiF');
    await addGroupMembersFor(graph, { groupId: plain.id, members: [member('Elena Petrova')] });
    const { result } = await removeGroupMembersFor(losingAnswers(graph, { landed: true, status: 500 }), { groupId: plain.id, members: [member('Elena Petrova')] });
    expect(result).toMatchObject({ ok: true, message: `Removed 1 member from ${plain.name}.` });
    expect(await membersOf(plain.id)).not.toContain('Elena Petrova');
  });

  it('Remove from group: a 500 before the remove: the re-read finds the user still there, so it says it failed', async () => {
    const { graph } = await portalGraphAs('PattiF');
    await addGroupMembersFor(graph, { groupId: plain.id, members: [member('Elena Petrova')] });
    const { result, changed } = await removeUserFromGroupFor(losingAnswers(graph, { landed: false, status: 500 }), {
      userId: id('Elena Petrova'), userName: 'Elena Petrova', groupId: plain.id,
    });
    expect(result.ok).toBe(false);
    expect(changed).toEqual([]);
    expect(await membersOf(plain.id)).toContain('Elena Petrova');
    await removeGroupMembersFor(graph, { groupId: plain.id, members: [member('Elena Petrova')] });
  });
});

describe('removeUserFromGroupFor', () => {
  it('takes the user out of the group, and so out of every role the group holds', async () => {
    const { graph } = await portalGraphAs('PattiF');
    await addGroupMembersFor(graph, { groupId: admins.id, members: [member('Farah Haddad')] });
    const { result, changed } = await removeUserFromGroupFor(graph, { userId: id('Farah Haddad'), userName: 'Farah Haddad', groupId: admins.id });
    expect(result).toEqual({ ok: true, message: `Removed Farah Haddad from ${admins.name}, and so from every role the group holds.` });
    expect(changed).toContainEqual({ path: '/users', type: 'layout' });
    expect(await membersOf(admins.id)).toEqual([]);
  });

  it('refuses a Global Reader with the role that is needed', async () => {
    const { graph: patti } = await portalGraphAs('PattiF');
    await addGroupMembersFor(patti, { groupId: admins.id, members: [member('Farah Haddad')] });
    const { graph } = await portalGraphAs('IsaiahL');
    const { result, changed } = await removeUserFromGroupFor(graph, { userId: id('Farah Haddad'), userName: 'Farah Haddad', groupId: admins.id });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/ Nothing was changed\.$/) });
    expect(changed).toEqual([]);
    expect(await membersOf(admins.id)).toEqual(['Farah Haddad']);
    await removeGroupMembersFor(patti, { groupId: admins.id, members: [member('Farah Haddad')] });
  });
});
