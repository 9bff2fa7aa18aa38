// What a unit's or an app's blade writes, against the emulator as Patti Fernandez (Privileged Role Administrator).
// Every write is undone by the test that made it: the emulator is shared with other files running in parallel.
import { beforeAll, describe, expect, it } from 'vitest';
import { addRoleAssignmentsFor } from '@/lib/actions/add-role-assignments';
import { listAdministrativeUnits } from '@/lib/graph/administrative-units';
import { listApplications } from '@/lib/graph/applications';
import { toUserMessage, userMessages } from '@/lib/graph/errors';
import { createRoleAssignment, createRoleAssignments, deleteRoleAssignment, listRoleAssignments } from '@/lib/graph/role-assignments';
import { listUsers } from '@/lib/graph/users';
import { roleSupportsScope } from '@/lib/roles/scopes';
import { builtInRole } from '@/lib/roles/test-roles';
import { DIRECTORY_READERS, GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR } from '@/lib/roles/well-known-roles';
import { graphAs } from '@/tests/graph-fixtures';

let londonScope: string;
let hrPortalScope: string;
let alexId: string;
let raviId: string;

beforeAll(async () => {
  const { graph } = await graphAs('PattiF');
  const [units, apps, { users }] = await Promise.all([listAdministrativeUnits(graph), listApplications(graph), listUsers(graph)]);
  londonScope = `/administrativeUnits/${units.find((u) => u.displayName === 'London')?.id}`;
  hrPortalScope = `/${apps.find((a) => a.displayName === 'Contoso HR Portal')?.id}`;
  alexId = users.find((u) => u.displayName === 'Alex Wilber')?.id ?? '';
  raviId = users.find((u) => u.displayName === 'Ravi Kumar')?.id ?? '';
});

describe('a role the scope does not support, forced through Graph', () => {
  it('Graph refuses Global Administrator at a unit, and the admin reads the portal\u2019s sentence', async () => {
    // The portal's own rule agrees; the request goes to Graph regardless, as if the two disagreed.
    expect(roleSupportsScope(builtInRole(GLOBAL_ADMINISTRATOR), 'administrativeUnit')).toBe(false);
    const { graph } = await graphAs('PattiF');
    const error = await createRoleAssignment(graph, { roleDefinitionId: GLOBAL_ADMINISTRATOR, principalId: alexId, directoryScopeId: londonScope }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 400 });
    expect(toUserMessage(error).message).toBe(userMessages.unsupportedScope);
    expect(toUserMessage(error).message).not.toContain('single resource scope');
    expect(await listRoleAssignments(graph, { principalIds: [alexId], directoryScopeId: londonScope })).toEqual([]);
  });

  it('Graph refuses Helpdesk Administrator at an app registration inside a $batch, one sentence per item', async () => {
    const { graph } = await graphAs('PattiF');
    const [result] = await createRoleAssignments(graph, [
      { roleDefinitionId: HELPDESK_ADMINISTRATOR, principalId: alexId, directoryScopeId: hrPortalScope },
    ]);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && toUserMessage(result.error).message).toBe(userMessages.unsupportedScope);
  });

  it('Add at a unit refuses an unsupported role before writing anything', async () => {
    const { graph } = await graphAs('PattiF');
    const outcome = await addRoleAssignmentsFor(graph, { roleId: GLOBAL_ADMINISTRATOR, principalIds: [alexId], directoryScopeId: londonScope });
    expect(outcome.result.ok).toBe(false);
    expect(outcome.changed).toEqual([]);
    expect(await listRoleAssignments(graph, { principalIds: [alexId], directoryScopeId: londonScope })).toEqual([]);
  });
});

describe('the one-click Directory Readers fix', () => {
  it('assigns Directory Readers at directory scope to the guest, then refuses a second time', async () => {
    const { graph } = await graphAs('PattiF');
    const first = await addRoleAssignmentsFor(graph, { roleId: DIRECTORY_READERS, principalIds: [raviId], directoryScopeId: '/' });
    const landed = await listRoleAssignments(graph, { roleDefinitionId: DIRECTORY_READERS, principalIds: [raviId], directoryScopeId: '/' });
    try {
      expect(first.result).toMatchObject({ ok: true, message: 'Added Ravi Kumar to Directory Readers at Directory scope.' });
      expect(landed).toHaveLength(1);
      const again = await addRoleAssignmentsFor(graph, { roleId: DIRECTORY_READERS, principalIds: [raviId], directoryScopeId: '/' });
      expect(again.result.ok).toBe(false);
      expect(again.changed).toEqual([]);
    } finally {
      for (const assignment of landed) await deleteRoleAssignment(graph, assignment.id);
    }
  });

  it('is refused by Graph for a Global Reader, with the sentence that names the role needed', async () => {
    const { graph } = await graphAs('IsaiahL');
    const outcome = await addRoleAssignmentsFor(graph, { roleId: DIRECTORY_READERS, principalIds: [raviId], directoryScopeId: '/' });
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.details?.join(' ')).toContain(userMessages.permissionDenied);
  });
});
