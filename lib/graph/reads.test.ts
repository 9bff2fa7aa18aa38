// The reads lib/views composes, against the emulator: server-driven pages, member counts, names and members of
// many objects in one round.
import { describe, expect, it } from 'vitest';
import { builtInRoles, graphAs } from '@/tests/graph-fixtures';
import { countAdministrativeUnitMembers, listAdministrativeUnitMembers, listAdministrativeUnitNames, listAdministrativeUnits } from './administrative-units';
import { listApplicationNames, listApplications } from './applications';
import { countGroupMembers, listGroupMembers, listGroups, listGroupsPage, listMembersOfGroups } from './groups';
import { listRoleAssignments, listRoleAssignmentsPage, readFirstPageOfRoleAssignments } from './role-assignments';
import { listUsersPage } from './users';

const unknownGuid = '0f0e0d0c-0b0a-4909-8807-060504030201';

describe('pages', () => {
  it('reads All users a page at a time, each page from the last one\'s cursor, to the count Graph gives', async () => {
    const { graph } = await graphAs('app');
    const seen: string[] = [];
    let cursor: string | null = null;
    let count: number | undefined;
    do {
      const page = await listUsersPage(graph, { search: '', top: 25, cursor });
      count = page.count;
      seen.push(...page.items.map((user) => user.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(count ?? -1);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('reads only role-assignable groups when asked, and matches a search on name', async () => {
    const { graph } = await graphAs('app');
    const assignable = await listGroupsPage(graph, { search: '', roleAssignableOnly: true, top: 20, cursor: null });
    expect(assignable.items.length).toBeGreaterThan(0);
    expect(assignable.items.every((group) => group.isAssignableToRole === true)).toBe(true);
    const helpdesk = await listGroupsPage(graph, { search: 'Helpdesk', roleAssignableOnly: false, top: 20, cursor: null });
    expect(helpdesk.items.map((group) => group.displayName)).toContain('Contoso_Helpdesk_Administrators');
  });

  it("reads a page of a role's assignments with principals and Graph's total, optionally for some principals", async () => {
    const { graph } = await graphAs('app');
    const all = await listRoleAssignments(graph, { roleDefinitionId: builtInRoles.globalAdministrator });
    const page = await listRoleAssignmentsPage(graph, builtInRoles.globalAdministrator, { top: 2 });
    expect(page.total).toBe(all.length);
    expect(page.assignments.length).toBe(Math.min(2, all.length));
    expect(page.assignments.every((assignment) => assignment.principal?.id === assignment.principalId)).toBe(true);
    const [holder] = all;
    const narrowed = await listRoleAssignmentsPage(graph, builtInRoles.globalAdministrator, { top: 10, principalIds: [holder?.principalId ?? ''] });
    expect(narrowed.assignments.map((assignment) => assignment.principalId)).toEqual([holder?.principalId]);
  });

  it('says whether the first page of every assignment is the whole list', async () => {
    const { graph } = await graphAs('app');
    const fields = 'id,roleDefinitionId,principalId,directoryScopeId';
    const first = await readFirstPageOfRoleAssignments(graph, fields);
    expect(first.complete).toBe(true);
    expect(first.items).toHaveLength((await listRoleAssignments(graph, { select: fields })).length);
  });
});

describe('many objects in one round', () => {
  it("counts groups' and units' direct members, null for one that is gone", async () => {
    const { graph } = await graphAs('app');
    const [group] = await listGroups(graph, { roleAssignableOnly: true });
    const [unit] = await listAdministrativeUnits(graph);
    if (!group || !unit) throw new Error('The demo tenant has no role-assignable group or unit');
    expect(await countGroupMembers(graph, [group.id, unknownGuid])).toEqual(
      new Map([[group.id, (await listGroupMembers(graph, group.id)).length], [unknownGuid, null]]),
    );
    expect(await countAdministrativeUnitMembers(graph, [unit.id])).toEqual(new Map([[unit.id, (await listAdministrativeUnitMembers(graph, unit.id)).length]]));
  });

  it("lists each group's members, and none for a group that is gone", async () => {
    const { graph, log } = await graphAs('app');
    const [group] = await listGroups(graph, { roleAssignableOnly: true });
    if (!group) throw new Error('The demo tenant has no role-assignable group');
    const expected = (await listGroupMembers(graph, group.id)).map((member) => member.id).sort();
    log.length = 0;
    const members = await listMembersOfGroups(graph, [group.id, unknownGuid]);
    expect(members.get(group.id)?.map((member) => member.id).sort()).toEqual(expected);
    expect(members.get(unknownGuid)).toEqual([]);
    expect(log.map((entry) => entry.path)).toEqual(['/$batch']);
  });

  it('names units and apps by id, keyed lower-case, and leaves out ids that are gone', async () => {
    const { graph } = await graphAs('app');
    const [unit] = await listAdministrativeUnits(graph);
    const [app] = await listApplications(graph);
    if (!unit || !app) throw new Error('The demo tenant has no unit or app');
    expect(await listAdministrativeUnitNames(graph, [unit.id.toUpperCase(), unknownGuid])).toEqual(new Map([[unit.id.toLowerCase(), unit.displayName]]));
    expect(await listApplicationNames(graph, [app.id])).toEqual(new Map([[app.id.toLowerCase(), app.displayName]]));
    expect(await listApplicationNames(graph, [])).toEqual(new Map());
  });

  it('lists only the apps whose name matches a search', async () => {
    const { graph } = await graphAs('app');
    const apps = await listApplications(graph, { search: 'Contoso' });
    expect(apps.length).toBeGreaterThan(0);
    expect(apps.length).toBeLessThan((await listApplications(graph)).length);
    expect(apps.every((app) => app.displayName.toLowerCase().includes('contoso'))).toBe(true);
  });
});
