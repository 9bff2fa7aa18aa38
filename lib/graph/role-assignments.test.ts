// Role assignments against the emulator, as Patti Fernandez (Privileged Role Administrator) and others would see
// them. Every write here is undone by the test that made it: the emulator is shared with other test files
// running in parallel, and a mid-run POST /_emulator/reset would wipe their writes too.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { admin, builtInRoles, graphAs, servedFor } from '@/tests/graph-fixtures';
import { InvalidIdError, toUserMessage } from './errors';
import {
  countRoleAssignmentsOfRoles,
  createRoleAssignment,
  createRoleAssignments,
  deleteRoleAssignment,
  deleteRoleAssignments,
  getRoleAssignment,
  listRoleAssignments,
  type NewRoleAssignment,
} from './role-assignments';
import { listUsers } from './users';
import { listAdministrativeUnits } from './administrative-units';
import { listRoleDefinitions } from './role-definitions';
import type { User } from './schemas';

// Demo-tenant members who hold no admin role (emulator/src/seed/contoso.ts "extraPeople").
const plainPeople = [
  'Allan Deyoung', 'Ben Walters', 'Brian Johnson', 'Cameron White', 'Debra Berger', 'Delia Dennis', 'Emily Braun',
  'Gerhart Moller', 'Jordan Miller', 'Mariya Zakharova', 'Raul Razo', 'Sarah Kirk', 'Tomas Novak', 'Aiko Sato', 'Bianca Rossi',
];
const lowPrivilegeRoles = [builtInRoles.messageCenterReader, builtInRoles.reportsReader, builtInRoles.usageSummaryReportsReader];

let users: User[];
let byName: (name: string) => User;
let plain: User[];

beforeAll(async () => {
  const { graph } = await graphAs('app');
  users = (await listUsers(graph)).users;
  byName = (name) => {
    const user = users.find((u) => u.displayName === name);
    if (!user) throw new Error(`No user named ${name}`);
    return user;
  };
  plain = plainPeople.map(byName);
});

afterEach(async () => {
  await admin().clearFaults();
});

afterAll(async () => {
  // Belt and braces: nothing this file created survives it.
  const { graph } = await graphAs('PattiF');
  const left = await listRoleAssignments(graph, { principalIds: plain.map((u) => u.id) });
  await deleteRoleAssignments(graph, left.map((a) => a.id));
});

describe('reading', () => {
  it('lists a role\'s holders with their principal expanded', async () => {
    const { graph, log } = await graphAs('IsaiahL');
    const holders = await listRoleAssignments(graph, { roleDefinitionId: builtInRoles.globalAdministrator, expandPrincipal: true });
    expect(holders.map((a) => a.principal?.displayName).sort()).toEqual(['MOD Administrator', 'Megan Bowen']);
    expect(holders.every((a) => a.directoryScopeId === '/')).toBe(true);
    expect(log).toHaveLength(1);
  });

  it('filters by scope', async () => {
    const { graph } = await graphAs('IsaiahL');
    const seattle = (await listAdministrativeUnits(graph)).find((u) => u.displayName === 'Seattle');
    const scoped = await listRoleAssignments(graph, { directoryScopeId: `/administrativeUnits/${seattle?.id}`, expandPrincipal: true });
    expect(scoped.map((a) => [a.principal?.displayName, a.roleDefinitionId])).toEqual([['Lee Gu', builtInRoles.userAdministrator]]);
  });

  it('splits many principals into `in` lists of at most 15, sent in one $batch', async () => {
    const { graph, log } = await graphAs('IsaiahL');
    const everyone = users.map((u) => u.id);
    const direct = await listRoleAssignments(graph, { principalIds: everyone });
    expect(log.map((entry) => entry.path)).toEqual(['/$batch']);
    const inner = (await servedFor(log)).filter((r) => r.batchId !== undefined);
    expect(inner).toHaveLength(Math.ceil(everyone.length / 15));
    expect(inner.every((r) => r.status === 200 && decodeURIComponent(r.path).includes('principalId in ('))).toBe(true);
    const megan = byName('Megan Bowen').id;
    expect(direct.some((a) => a.principalId === megan && a.roleDefinitionId === builtInRoles.globalAdministrator)).toBe(true);
  });

  it('counts a few roles\' assignments at one scope from one `in` list per 15 roles, in one round', async () => {
    const { graph, log } = await graphAs('IsaiahL');
    const roles = (await listRoleDefinitions(graph)).slice(0, 40).map((role) => role.id);
    const atTenant = await listRoleAssignments(graph, { directoryScopeId: '/' });
    log.length = 0;
    const counts = await countRoleAssignmentsOfRoles(graph, roles, { directoryScopeId: '/' });
    expect(counts).toEqual(new Map(roles.map((id) => [id.toLowerCase(), atTenant.filter((a) => a.roleDefinitionId.toLowerCase() === id.toLowerCase()).length])));
    expect(log.map((entry) => entry.path)).toEqual(['/$batch']);
    const inner = (await servedFor(log)).filter((served) => served.batchId !== undefined);
    expect(inner).toHaveLength(3);
    expect(inner.every((served) => decodeURIComponent(served.path).includes('roleDefinitionId in ('))).toBe(true);
  });

  it('gets one assignment by id, and null for one that does not exist or a malformed id', async () => {
    const { graph, log } = await graphAs('IsaiahL');
    const [first] = await listRoleAssignments(graph, { roleDefinitionId: builtInRoles.privilegedRoleAdministrator });
    expect(await getRoleAssignment(graph, first?.id ?? '')).toMatchObject({ principalId: byName('Patti Fernandez').id });
    expect(await getRoleAssignment(graph, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-1')).toBeNull();
    log.length = 0;
    expect(await getRoleAssignment(graph, '../../users')).toBeNull();
    expect(log).toHaveLength(0);
  });
});

describe('writing through $batch', () => {
  it('creates 45 assignments in three batches and removes them in three more, one result per item', async () => {
    const { graph, log } = await graphAs('PattiF');
    const inputs: NewRoleAssignment[] = plain.flatMap((user) =>
      lowPrivilegeRoles.map((roleDefinitionId) => ({ roleDefinitionId, principalId: user.id, directoryScopeId: '/' })),
    );
    expect(inputs).toHaveLength(45);

    const created = await createRoleAssignments(graph, inputs);
    expect(created.every((r) => r.ok)).toBe(true);
    created.forEach((result, index) => expect(result.ok && result.assignment).toMatchObject(inputs[index] ?? {}));
    expect(log.filter((entry) => entry.path === '/$batch').map((entry) => entry.status)).toEqual([200, 200, 200]);
    const innerCreates = (await servedFor(log)).filter((r) => r.batchId !== undefined);
    expect(innerCreates).toHaveLength(45);
    expect(innerCreates.every((r) => r.method === 'POST' && r.status === 201)).toBe(true);

    const found = await listRoleAssignments(graph, { principalIds: plain.map((u) => u.id) });
    expect(found).toHaveLength(45);

    log.length = 0;
    const ids = created.flatMap((r) => (r.ok ? [r.assignment.id] : []));
    const removed = await deleteRoleAssignments(graph, ids);
    expect(removed).toEqual(ids.map((id) => ({ ok: true, id })));
    expect(log.map((entry) => entry.path)).toEqual(['/$batch', '/$batch', '/$batch']);
    expect(await listRoleAssignments(graph, { principalIds: plain.map((u) => u.id) })).toEqual([]);

    // Someone removed them first: the admin's intent holds, so they count as removed.
    const again = await deleteRoleAssignments(graph, ids.slice(0, 2));
    expect(again).toEqual(ids.slice(0, 2).map((id) => ({ ok: true, id })));
  });

  it('reports a duplicate item on its own and lands the rest', async () => {
    const { graph } = await graphAs('PattiF');
    const megan = byName('Megan Bowen').id;
    const [duplicate, fresh] = await createRoleAssignments(graph, [
      { roleDefinitionId: builtInRoles.globalAdministrator, principalId: megan, directoryScopeId: '/' },
      { roleDefinitionId: builtInRoles.reportsReader, principalId: plain[0]?.id ?? '', directoryScopeId: '/' },
    ]);
    expect(duplicate?.ok === false && toUserMessage(duplicate.error).message).toBe('This assignment already exists.');
    expect(fresh?.ok).toBe(true);
    if (fresh?.ok) await deleteRoleAssignment(graph, fresh.assignment.id);
  });

  it('checks every id before the first write', async () => {
    const { graph, log } = await graphAs('PattiF');
    const inputs = [
      { roleDefinitionId: builtInRoles.reportsReader, principalId: plain[0]?.id ?? '', directoryScopeId: '/' },
      { roleDefinitionId: builtInRoles.reportsReader, principalId: "x' or 1 eq 1", directoryScopeId: '/' },
    ];
    await expect(createRoleAssignments(graph, inputs)).rejects.toBeInstanceOf(InvalidIdError);
    await expect(deleteRoleAssignments(graph, ['ok-id-1', '../users'])).rejects.toBeInstanceOf(InvalidIdError);
    await expect(listRoleAssignments(graph, { roleDefinitionId: "x' or 1 eq 1" })).rejects.toBeInstanceOf(InvalidIdError);
    await expect(listRoleAssignments(graph, { directoryScopeId: '/users' })).rejects.toBeInstanceOf(InvalidIdError);
    expect(log).toHaveLength(0);
    expect(await listRoleAssignments(graph, { principalIds: [plain[0]?.id ?? ''] })).toEqual([]);
  });
});

describe('what an admin reads when Graph refuses', () => {
  it('tells a Global Reader that changing roles needs Privileged Role Administrator, and changes nothing', async () => {
    const { graph } = await graphAs('IsaiahL');
    const input = { roleDefinitionId: builtInRoles.reportsReader, principalId: plain[1]?.id ?? '', directoryScopeId: '/' };
    const error = await createRoleAssignment(graph, input).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'Authorization_RequestDenied' });
    const message = toUserMessage(error);
    expect(message.message).toBe(
      "You don't have permission to do this. Changing role assignments needs the Privileged Role Administrator or Global Administrator role.",
    );
    expect(message.message).not.toContain('Insufficient privileges');
    expect(message.supportText).toMatch(/^Request ID: /);
    expect(await listRoleAssignments(graph, { principalIds: [input.principalId] })).toEqual([]);
  });

  it('refuses a role the scope does not support', async () => {
    const { graph } = await graphAs('PattiF');
    const seattle = (await listAdministrativeUnits(graph)).find((u) => u.displayName === 'Seattle');
    const error = await createRoleAssignment(graph, {
      roleDefinitionId: builtInRoles.exchangeAdministrator,
      principalId: plain[1]?.id ?? '',
      directoryScopeId: `/administrativeUnits/${seattle?.id}`,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    expect(toUserMessage(error).message).toBe("This role can't be assigned at the selected scope.");
  });

  it('says an assignment already exists', async () => {
    const { graph } = await graphAs('PattiF');
    const error = await createRoleAssignment(graph, {
      roleDefinitionId: builtInRoles.globalAdministrator,
      principalId: byName('Megan Bowen').id,
      directoryScopeId: '/',
    }).catch((e: unknown) => e);
    expect(toUserMessage(error).message).toBe('This assignment already exists.');
  });

  it('says a removed assignment no longer exists', async () => {
    const { graph } = await graphAs('PattiF');
    const error = await deleteRoleAssignment(graph, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-1').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'Request_ResourceNotFound' });
    expect(toUserMessage(error, { subject: 'This role assignment' }).message).toBe(
      'This role assignment no longer exists. Refresh the page to see the current state.',
    );
  });

  it("won't let a Global Administrator remove their own Global Administrator assignment", async () => {
    const { graph } = await graphAs('MeganB');
    const megan = byName('Megan Bowen').id;
    const [own] = await listRoleAssignments(graph, { roleDefinitionId: builtInRoles.globalAdministrator, principalIds: [megan] });
    const error = await deleteRoleAssignment(graph, own?.id ?? '').catch((e: unknown) => e);
    expect(toUserMessage(error).message).toBe("You can't remove your own Global Administrator assignment.");
    expect(await getRoleAssignment(graph, own?.id ?? '')).not.toBeNull();
  });

  it('never posts a create twice after a 500: it re-reads, then reports the failure', async () => {
    const { graph, log } = await graphAs('PattiF');
    const input = { roleDefinitionId: builtInRoles.reportsReader, principalId: plain[2]?.id ?? '', directoryScopeId: '/' };
    // Scoped to this path for as short a time as possible: the other files use it too.
    await admin().setFaults({ paths: '^/roleManagement/directory/roleAssignments$', rate500: 1 });
    const error = await createRoleAssignment(graph, input).catch((e: unknown) => e);
    await admin().clearFaults();
    expect(toUserMessage(error).message).toBe('Microsoft Graph failed; nothing was changed. Try again in a moment.');
    const served = await servedFor(log);
    expect(served.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(served.filter((r) => r.method === 'GET')).toHaveLength(1);
    expect(await listRoleAssignments(graph, { principalIds: [input.principalId] })).toEqual([]);
  });
});
