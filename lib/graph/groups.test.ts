// Role-assignable groups: creating one, changing its members, and the audit trail those writes leave.
// The group this file creates stays until the run ends (Graph v1.0 deletes groups softly; the portal has no
// deleteGroup); its name is unique, and no other test counts groups.
import { beforeAll, describe, expect, it } from 'vitest';
import { authority, graphAs } from '@/tests/graph-fixtures';
import { signInAsUser } from '@/tests/sign-in';
import { inject } from 'vitest';
import { createGraphClient } from './client';
import { listDirectoryAudits } from './audit-logs';
import { toUserMessage } from './errors';
import { addGroupMember, createGroup, getGroup, listGroupMembers, listGroupMembersPreviews, listGroups, removeGroupMember } from './groups';
import { getMe, listUsers } from './users';
import type { Group, User } from './schemas';

let alex: User;
let group: Group;
const startedAt = new Date(Date.now() - 1000);

beforeAll(async () => {
  const { graph } = await graphAs('PattiF');
  const { users } = await listUsers(graph, { search: 'Alex Wilber' });
  if (!users[0]) throw new Error('Alex Wilber is missing from the demo tenant');
  alex = users[0];
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  group = await createGroup(graph, {
    displayName: `Lib test admins ${suffix}`,
    description: 'Created by lib/graph/groups.test.ts',
    mailNickname: `libtestadmins${suffix}`,
    isAssignableToRole: true,
  });
});

describe('role-assignable groups', () => {
  it('creates a security group that can hold roles', async () => {
    const { graph } = await graphAs('IsaiahL');
    expect(await getGroup(graph, group.id)).toMatchObject({
      displayName: group.displayName,
      isAssignableToRole: true,
      securityEnabled: true,
      mailEnabled: false,
    });
  });

  it('adds and removes a member through members/$ref', async () => {
    const { graph, log } = await graphAs('PattiF');
    await addGroupMember(graph, group.id, alex.id);
    expect((await listGroupMembers(graph, group.id)).map((m) => m.id)).toEqual([alex.id]);
    await removeGroupMember(graph, group.id, alex.id);
    expect(await listGroupMembers(graph, group.id)).toEqual([]);
    expect(log.map((entry) => [entry.method, entry.status])).toEqual([
      ['POST', 204],
      ['GET', 200],
      ['DELETE', 204],
      ['GET', 200],
    ]);
  });

  it("tells a Global Reader they can't change a role-assignable group's members", async () => {
    const { graph } = await graphAs('IsaiahL');
    const error = await addGroupMember(graph, group.id, alex.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect(toUserMessage(error).message).toBe(
      "You don't have permission to do this. Changing role assignments needs the Privileged Role Administrator or Global Administrator role.",
    );
    expect(await listGroupMembers(graph, group.id)).toEqual([]);
  });

  it('says a removed member is no longer there', async () => {
    const { graph } = await graphAs('PattiF');
    const error = await removeGroupMember(graph, group.id, alex.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404 });
    expect(toUserMessage(error, { subject: 'This member' }).message).toBe('This member no longer exists. Refresh the page to see the current state.');
  });
});

describe('who a group assignment reaches', () => {
  it("reads each group's member count and first members in one $batch, and null for a group that is gone", async () => {
    const { graph: patti } = await graphAs('PattiF');
    await addGroupMember(patti, group.id, alex.id);
    const { graph, log } = await graphAs('IsaiahL');
    const [everyone] = await listGroups(graph, { search: 'All Company' });
    if (!everyone) throw new Error('All Company is missing from the demo tenant');
    const gone = '00000000-0000-4000-8000-00000000dead';
    log.length = 0;
    const previews = await listGroupMembersPreviews(graph, [group.id, everyone.id, gone, group.id.toUpperCase()], { top: 3 });
    expect(log.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual(['POST /$batch 200']);
    expect(previews.get(group.id.toLowerCase())).toEqual({ count: 1, members: [{ id: alex.id, displayName: 'Alex Wilber' }] });
    const all = previews.get(everyone.id.toLowerCase());
    expect(all?.members).toHaveLength(3);
    expect(all?.count).toBeGreaterThan(40);
    expect(previews.get(gone)).toBeNull();
    expect(previews.size).toBe(3);
    await removeGroupMember(patti, group.id, alex.id);
  });
});

describe('audit logs', () => {
  it("finds Patti's membership changes by activity, initiator and time, newest first", async () => {
    const token = await signInAsUser(authority(), 'MeganB', {
      scope: 'https://graph.microsoft.com/.default https://graph.microsoft.com/AuditLog.Read.All openid',
    });
    const graph = createGraphClient({ baseUrl: inject('graphBaseUrl'), accessToken: token, logger: () => {} });
    const patti = await getMe((await graphAs('PattiF')).graph);
    const added = await listDirectoryAudits(graph, { activity: 'Add member to group', initiatedByUserId: patti.id, from: startedAt, top: 10 });
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((a) => a.activityDisplayName === 'Add member to group' && a.initiatedBy.user?.id === patti.id)).toBe(true);
    expect(added.some((a) => a.targetResources.some((t) => t.id === alex.id || t.id === group.id))).toBe(true);

    const latest = await listDirectoryAudits(graph, { top: 3 });
    expect(latest.length).toBeLessThanOrEqual(3);
    const times = latest.map((a) => a.activityDateTime);
    expect(times).toEqual([...times].sort().reverse());

    expect(await listDirectoryAudits(graph, { activity: "x' or 1 eq 1" })).toEqual([]);
    expect(await listDirectoryAudits(graph, { activity: 'Add member to group', to: new Date('2000-01-01T00:00:00Z') })).toEqual([]);
  });
});
