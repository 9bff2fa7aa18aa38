// Directory reads the blades and pickers use, against the emulator: escaping, id checks, not-found semantics.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInRoles, graphAs, servedFor } from '@/tests/graph-fixtures';
import { getAdministrativeUnit, listAdministrativeUnitMembers, listAdministrativeUnits, listScopedRoleMembers } from './administrative-units';
import { getApplication, listApplications } from './applications';
import { searchPrincipals } from './directory-search';
import { getGroup, listGroupMembers, listGroups } from './groups';
import { getRoleDefinition, listRoleDefinitions } from './role-definitions';
import { getServicePrincipal, getServicePrincipalByAppId, listServicePrincipals } from './service-principals';
import { getMe, getUser, listUserMemberOf, listUsers, listUsersByIds } from './users';
import { InvalidIdError } from './errors';

const injection = "x' or 1 eq 1";
const unknownGuid = '0f0e0d0c-0b0a-4909-8807-060504030201';

describe('escaping', () => {
  it("finds Shannon O'Brien by her name", async () => {
    const { graph } = await graphAs('IsaiahL');
    const { users } = await listUsers(graph, { search: "Shannon O'Brien" });
    expect(users.map((u) => u.userPrincipalName)).toEqual(['ShannonO@contoso.onmicrosoft.com']);
  });

  it('finds her in the principal picker too, in one $batch', async () => {
    const { graph, log } = await graphAs('PattiF');
    const { principals } = await searchPrincipals(graph, "O'Brien");
    expect(principals).toEqual([
      expect.objectContaining({ displayName: "Shannon O'Brien", kind: 'user', detail: 'ShannonO@contoso.onmicrosoft.com' }),
    ]);
    expect(log.map((entry) => entry.path)).toEqual(['/$batch']);
    expect((await servedFor(log)).filter((r) => r.batchId !== undefined)).toHaveLength(3);
  });

  it('treats an injection attempt as text: it finds nothing and does not fail', async () => {
    const { graph, log } = await graphAs('PattiF');
    expect((await listUsers(graph, { search: injection })).users).toEqual([]);
    expect(await listGroups(graph, { search: injection })).toEqual([]);
    expect((await searchPrincipals(graph, injection)).principals).toEqual([]);
    expect(log.every((entry) => entry.status === 200)).toBe(true);
  });
});

describe('ids', () => {
  it('turns a malformed id into "not found" without sending anything', async () => {
    const { graph, log } = await graphAs('IsaiahL');
    expect(await getUser(graph, '../me')).toBeNull();
    expect(await getGroup(graph, `${unknownGuid}/members`)).toBeNull();
    expect(await getRoleDefinition(graph, injection)).toBeNull();
    expect(await getApplication(graph, '')).toBeNull();
    expect(await getServicePrincipal(graph, 'not-a-guid')).toBeNull();
    expect(await getAdministrativeUnit(graph, '%2e%2e')).toBeNull();
    await expect(listGroupMembers(graph, injection)).rejects.toBeInstanceOf(InvalidIdError);
    await expect(listUserMemberOf(graph, '../users')).rejects.toBeInstanceOf(InvalidIdError);
    expect(log).toHaveLength(0);
  });

  it('answers null for a well-formed id that does not exist', async () => {
    const { graph, log } = await graphAs('IsaiahL');
    expect(await getUser(graph, unknownGuid)).toBeNull();
    expect(await getRoleDefinition(graph, unknownGuid)).toBeNull();
    expect(log.map((entry) => entry.status)).toEqual([404, 404]);
  });
});

describe('reads the blades use', () => {
  let graph: Awaited<ReturnType<typeof graphAs>>['graph'];
  beforeAll(async () => {
    graph = (await graphAs('IsaiahL')).graph;
  });

  it('lists every role definition, built-in and custom', async () => {
    const roles = await listRoleDefinitions(graph);
    expect(roles.length).toBeGreaterThan(100);
    expect(roles.find((r) => r.id === builtInRoles.globalAdministrator)).toMatchObject({ displayName: 'Global Administrator', isBuiltIn: true });
    expect(roles.find((r) => r.displayName === 'Contoso Audit Reader')).toMatchObject({ isBuiltIn: false });
    const helpdesk = await getRoleDefinition(graph, builtInRoles.helpdeskAdministrator);
    expect(helpdesk?.rolePermissions[0]?.allowedResourceActions.length).toBeGreaterThan(0);
  });

  it('reads the signed-in user', async () => {
    expect(await getMe(graph)).toMatchObject({ displayName: 'Isaiah Langer', userPrincipalName: 'IsaiahL@contoso.onmicrosoft.com' });
  });

  it('reads users by id with their userType, leaving out ids that are no user, in one $batch', async () => {
    const { users } = await listUsers(graph);
    const picked = users.filter((u) => ['Ravi Kumar', 'Alex Wilber'].includes(u.displayName ?? '')).map((u) => u.id);
    const { graph: logged, log } = await graphAs('IsaiahL');
    const found = await listUsersByIds(logged, [...picked, unknownGuid]);
    expect(found.map((u) => [u.displayName, u.userType]).sort()).toEqual([['Alex Wilber', 'Member'], ['Ravi Kumar', 'Guest']]);
    expect(log.map((entry) => entry.path)).toEqual(['/$batch']);
    await expect(listUsersByIds(logged, ['not-a-guid'])).rejects.toBeInstanceOf(InvalidIdError);
  });

  it("lists a user's groups with isAssignableToRole, for inherited roles", async () => {
    const { users } = await listUsers(graph, { search: 'Diego' });
    const groups = await listUserMemberOf(graph, users[0]?.id ?? '');
    expect(groups).toContainEqual(expect.objectContaining({ displayName: 'Contoso_Helpdesk_Administrators', isAssignableToRole: true }));
  });

  it('lists only role-assignable groups when asked, and their members', async () => {
    const groups = await listGroups(graph, { roleAssignableOnly: true });
    expect(groups.every((g) => g.isAssignableToRole === true)).toBe(true);
    expect(groups.map((g) => g.displayName)).toEqual(
      expect.arrayContaining(['Contoso_Helpdesk_Administrators', 'Contoso_Security_Readers', 'Contoso_App_Admins']),
    );
    expect(groups.map((g) => g.displayName)).not.toContain('All Company');
    const helpdesk = groups.find((g) => g.displayName === 'Contoso_Helpdesk_Administrators');
    const members = await listGroupMembers(graph, helpdesk?.id ?? '');
    expect(members.map((m) => m.displayName)).toEqual(expect.arrayContaining(['Diego Siciliani', 'Lynne Robbins', 'Grady Archie']));
  });

  it('offers only role-assignable groups in the principal picker', async () => {
    const { principals } = await searchPrincipals(graph, 'Contoso', { types: ['group', 'servicePrincipal'] });
    const groups = principals.filter((p) => p.kind === 'group').map((p) => p.displayName);
    expect(groups).toEqual(expect.arrayContaining(['Contoso_Helpdesk_Administrators', 'Contoso_App_Admins']));
    const assignable = new Set((await listGroups(graph, { roleAssignableOnly: true })).map((g) => g.displayName));
    expect(groups.every((name) => assignable.has(name))).toBe(true);
    expect(principals.filter((p) => p.kind === 'servicePrincipal').every((p) => p.detail !== null)).toBe(true);
  });

  it('says when a search has more matches than it shows, without asking Graph to count them', async () => {
    const { graph: reader, log } = await graphAs('IsaiahL');
    const many = await searchPrincipals(reader, 'a', { types: ['user'], top: 3 });
    expect(many).toMatchObject({ hasMore: true });
    expect(many.principals).toHaveLength(3);
    expect((await searchPrincipals(reader, 'Megan', { types: ['user'], top: 3 })).hasMore).toBe(false);
    const searches = (await servedFor(log)).filter((served) => served.batchId !== undefined);
    expect(searches).toHaveLength(2);
    expect(searches.every((served) => !served.path.includes('$count'))).toBe(true);
  });

  it('lists administrative units, their members and scoped role holders', async () => {
    const units = await listAdministrativeUnits(graph);
    expect(units.map((u) => u.displayName)).toEqual(expect.arrayContaining(['Seattle', 'London', 'Engineering Department']));
    const london = units.find((u) => u.displayName === 'London');
    expect(await getAdministrativeUnit(graph, london?.id ?? '')).toMatchObject({ displayName: 'London' });
    const members = await listAdministrativeUnitMembers(graph, london?.id ?? '');
    expect(members.map((m) => m.displayName)).toContain("Shannon O'Brien");
    const scoped = await listScopedRoleMembers(graph, london?.id ?? '');
    expect(scoped.map((s) => s.roleMemberInfo.displayName)).toEqual(expect.arrayContaining(['Ravi Kumar']));
  });

  it('lists app registrations and finds their service principals', async () => {
    const apps = await listApplications(graph);
    const expenses = apps.find((a) => a.displayName === 'Contoso Expenses');
    expect(expenses).toBeDefined();
    const sp = await getServicePrincipalByAppId(graph, expenses?.appId ?? '');
    expect(sp).toMatchObject({ displayName: 'Contoso Expenses', appId: expenses?.appId });
    expect(await getServicePrincipal(graph, sp?.id ?? '')).toMatchObject({ id: sp?.id });
    expect((await listServicePrincipals(graph, { search: 'Expenses' })).map((s) => s.displayName)).toEqual(['Contoso Expenses']);
  });
});
