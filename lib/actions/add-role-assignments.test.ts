// The checks behind Add assignments, against the emulator's Contoso tenant as Patti Fernandez (Privileged Role
// Administrator). The action itself reads cookies, so these call the function it delegates to with a real Graph
// client. Every assignment a test creates is removed again: other files share this emulator.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listAdministrativeUnits } from '@/lib/graph/administrative-units';
import { listApplications } from '@/lib/graph/applications';
import { listGroups } from '@/lib/graph/groups';
import { deleteRoleAssignments, listRoleAssignments } from '@/lib/graph/role-assignments';
import { listServicePrincipals } from '@/lib/graph/service-principals';
import { listUsers } from '@/lib/graph/users';
import type { GraphClient } from '@/lib/graph/client';
import { admin, builtInRoles, graphAs, servedFor } from '@/tests/graph-fixtures';
import { addRoleAssignmentsFor } from './add-role-assignments';

const ids: Record<string, string> = {};
const id = (name: string) => {
  const found = ids[name];
  if (!found) throw new Error(`No object named ${name} in the demo tenant`);
  return found;
};
const applicationAdministrator = '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3';

beforeAll(async () => {
  const { graph } = await graphAs('app');
  const [{ users }, groups, units, apps, sps] = await Promise.all([
    listUsers(graph), listGroups(graph), listAdministrativeUnits(graph), listApplications(graph), listServicePrincipals(graph),
  ]);
  for (const item of [...users, ...groups, ...units, ...apps]) if (item.displayName) ids[item.displayName] = item.id;
  for (const sp of sps) ids[`sp:${sp.displayName}`] = sp.id;
});

afterEach(async () => {
  await admin().clearFaults();
  const { graph } = await graphAs('PattiF');
  const mine = await listRoleAssignments(graph, {
    principalIds: [id('Alex Wilber'), id("Shannon O'Brien"), id('Contoso_App_Admins'), id('sp:Project Tracker')],
  });
  await deleteRoleAssignments(graph, mine.map((a) => a.id));
});

describe('addRoleAssignmentsFor', () => {
  it('adds a user, a role-assignable group and a service principal at Directory scope: one read batch, one write batch', async () => {
    const { graph, log } = await graphAs('PattiF');
    const principalIds = [id('Alex Wilber'), id('Contoso_App_Admins'), id('sp:Project Tracker')];
    const { result, changed } = await addRoleAssignmentsFor(graph, {
      roleId: builtInRoles.helpdeskAdministrator, principalIds, directoryScopeId: '/',
    });
    expect(result).toMatchObject({ ok: true, message: 'Added 3 assignments to Helpdesk Administrator at Directory scope.' });
    expect(result.details).toEqual(['Alex Wilber: added.', 'Contoso_App_Admins: added.', 'Project Tracker: added.']);
    expect(changed.map((blade) => blade.path)).toContain(`/roles/${builtInRoles.helpdeskAdministrator}`);
    // The blades of the user and the group that gained the role (their Assigned roles) are read afresh too.
    expect(changed.map((blade) => blade.path)).toEqual(expect.arrayContaining([`/users/${id('Alex Wilber')}`, `/groups/${id('Contoso_App_Admins')}`]));
    expect(log.map((entry) => entry.path)).toEqual(['/$batch', '/$batch']);
    const inner = (await servedFor(log)).filter((r) => r.batchId !== undefined);
    expect(inner.filter((r) => r.method === 'GET')).toHaveLength(5);
    expect(inner.filter((r) => r.method === 'POST')).toHaveLength(3);
    const holders = await listRoleAssignments(graph, { roleDefinitionId: builtInRoles.helpdeskAdministrator, principalIds });
    expect(holders.map((a) => a.directoryScopeId)).toEqual(['/', '/', '/']);
  });

  it('adds a user at an administrative unit and names the unit', async () => {
    const { graph } = await graphAs('PattiF');
    const seattle = `/administrativeUnits/${id('Seattle')}`;
    const { result, changed } = await addRoleAssignmentsFor(graph, {
      roleId: builtInRoles.helpdeskAdministrator, principalIds: [id('Alex Wilber')], directoryScopeId: seattle,
    });
    expect(result).toEqual({ ok: true, message: 'Added Alex Wilber to Helpdesk Administrator at Seattle.', details: undefined });
    expect(changed.map((blade) => blade.path)).toContain(`/admin-units/${id('Seattle')}`);
    const [held] = await listRoleAssignments(graph, { principalIds: [id('Alex Wilber')] });
    expect(held?.directoryScopeId).toBe(seattle);
  });

  it('adds Application Administrator at an app registration', async () => {
    const { graph } = await graphAs('PattiF');
    const { result } = await addRoleAssignmentsFor(graph, {
      roleId: applicationAdministrator, principalIds: [id("Shannon O'Brien")], directoryScopeId: `/${id('Contoso Expenses')}`,
    });
    expect(result).toMatchObject({ ok: true, message: "Added Shannon O'Brien to Application Administrator at Contoso Expenses." });
  });

  describe('refuses before the first write, and changes nothing', () => {
    async function refused(input: { roleId: string; principalIds: string[]; directoryScopeId: string }) {
      const { graph, log } = await graphAs('PattiF');
      const outcome = await addRoleAssignmentsFor(graph, input);
      expect(outcome.result.ok).toBe(false);
      expect(outcome.changed).toEqual([]);
      const served = await servedFor(log);
      expect(served.filter((r) => r.method === 'POST' && r.path.includes('roleAssignments'))).toEqual([]);
      const after = await listRoleAssignments(graph, { principalIds: input.principalIds });
      expect(after).toEqual([]);
      return outcome.result;
    }

    it('a scope the role does not support', async () => {
      const result = await refused({
        roleId: builtInRoles.globalAdministrator, principalIds: [id('Alex Wilber')], directoryScopeId: `/administrativeUnits/${id('Seattle')}`,
      });
      expect(result.message).toBe("This role can't be assigned at the selected scope.");
    });

    it('a group that is not role-assignable, named, even beside a valid user', async () => {
      const result = await refused({
        roleId: builtInRoles.helpdeskAdministrator, principalIds: [id('Alex Wilber'), id('Sales and Marketing')], directoryScopeId: '/',
      });
      expect(result.message).toBe('Nothing was added. Fix the following and try again:');
      expect(result.details).toEqual([
        "Sales and Marketing isn't a role-assignable group, so it can't be assigned a role. Only role-assignable groups can hold roles.",
      ]);
    });

    it('an administrative unit that does not exist', async () => {
      const result = await refused({
        roleId: builtInRoles.helpdeskAdministrator, principalIds: [id('Alex Wilber')],
        directoryScopeId: '/administrativeUnits/00000000-0000-4000-8000-00000000dead',
      });
      expect(result.message).toBe('The selected administrative unit no longer exists. Choose another scope.');
    });

    it('a principal that does not exist', async () => {
      const result = await refused({
        roleId: builtInRoles.helpdeskAdministrator, principalIds: [id('Alex Wilber'), '00000000-0000-4000-8000-00000000beef'], directoryScopeId: '/',
      });
      expect(result.details).toEqual(['The selected member 00000000-0000-4000-8000-00000000beef no longer exists. Remove it and try again.']);
    });

    it('a role that does not exist', async () => {
      const result = await refused({ roleId: '00000000-0000-4000-8000-00000000f00d', principalIds: [id('Alex Wilber')], directoryScopeId: '/' });
      expect(result.message).toBe('This role no longer exists. Refresh the page to see the current state.');
    });
  });

  it('says who already holds the role at that scope, and adds nobody', async () => {
    const { graph } = await graphAs('PattiF');
    await addRoleAssignmentsFor(graph, { roleId: builtInRoles.helpdeskAdministrator, principalIds: [id('Alex Wilber')], directoryScopeId: '/' });
    const { result } = await addRoleAssignmentsFor(graph, {
      roleId: builtInRoles.helpdeskAdministrator, principalIds: [id("Shannon O'Brien"), id('Alex Wilber')], directoryScopeId: '/',
    });
    expect(result).toMatchObject({ ok: false, details: ['Alex Wilber already has Helpdesk Administrator at Directory scope.'] });
    expect(await listRoleAssignments(graph, { principalIds: [id("Shannon O'Brien")] })).toEqual([]);
  });

  it('refuses an admin without a role-management role with Graph\'s 403 as a sentence', async () => {
    const { graph } = await graphAs('IsaiahL');
    const { result } = await addRoleAssignmentsFor(graph, {
      roleId: builtInRoles.helpdeskAdministrator, principalIds: [id('Alex Wilber')], directoryScopeId: '/',
    });
    expect(result.ok).toBe(false);
    expect(result.details?.[0]).toMatch(/^Alex Wilber: not added\. You don't have permission to do this\./);
  });

  it('says exactly which assignments landed when some writes fail', async () => {
    const { graph } = await graphAs('PattiF');
    // Shannon is deleted between the checks and the write: her POST goes out with an id Graph no longer knows.
    const shannon = id("Shannon O'Brien");
    const racing: GraphClient = {
      ...graph,
      batch: (requests, options) =>
        graph.batch(
          requests.map((r) =>
            r.method === 'POST' && (r.body as { principalId?: string }).principalId === shannon
              ? { ...r, body: { ...(r.body as object), principalId: '00000000-0000-4000-8000-0000000000aa' } }
              : r,
          ),
          options,
        ),
    };
    const { result, changed } = await addRoleAssignmentsFor(racing, {
      roleId: builtInRoles.helpdeskAdministrator, principalIds: [id('Alex Wilber'), shannon], directoryScopeId: '/',
    });
    expect(result).toMatchObject({
      ok: false,
      message: 'Added 1 of 2 assignments to Helpdesk Administrator at Directory scope; 1 not added.',
      details: ['Alex Wilber: added.', "Shannon O'Brien: not added. This member no longer exists. Refresh the page to see the current state."],
    });
    expect(changed.map((blade) => blade.path)).toContain(`/users/${id('Alex Wilber')}`);
    expect(changed.map((blade) => blade.path)).not.toContain(`/users/${shannon}`);
  });
});
