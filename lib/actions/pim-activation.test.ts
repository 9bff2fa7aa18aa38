// Activation and deactivation on My roles against the emulator's Contoso tenant, as Alex Wilber (eligible User
// Administrator in the PIM seed). Other files share this emulator and its clock, so the clock is never moved here:
// the activation is removed afterwards through plain DELETE /roleAssignments, which PIM's 5-minute rule doesn't guard.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteRoleAssignments, listRoleAssignments } from '@/lib/graph/role-assignments';
import { listUsers } from '@/lib/graph/users';
import { builtInRoles, graphAs } from '@/tests/graph-fixtures';
import { activateRoleFor, activationInputSchema, activationRequest, deactivateRoleFor } from './pim-activation';

// `server-only` refuses to load outside a React server bundle; these tests are the server.
vi.mock('server-only', () => ({}));

let alexId = '';
const role = builtInRoles.userAdministrator;
const input = activationInputSchema.parse({ roleDefinitionId: role, directoryScopeId: '/', roleName: 'User Administrator', hours: '2', justification: 'Unit test' });

beforeAll(async () => {
  const { graph } = await graphAs('app');
  alexId = (await listUsers(graph)).users.find((user) => user.displayName === 'Alex Wilber')?.id ?? '';
  expect(alexId).not.toBe('');
});

afterAll(async () => {
  const { graph } = await graphAs('PattiF');
  const left = await listRoleAssignments(graph, { principalIds: [alexId] });
  await deleteRoleAssignments(graph, left.filter((a) => a.roleDefinitionId === role).map((a) => a.id));
});

describe('selfActivate and selfDeactivate as the signed-in admin', () => {
  it('sends the duration in hours and the justification', () => {
    expect(activationRequest('u', input)).toEqual({
      action: 'selfActivate', principalId: 'u', roleDefinitionId: role, directoryScopeId: '/', justification: 'Unit test',
      scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT2H' } },
    });
  });

  it('activates (Provisioned: active now), then refuses a deactivation within 5 minutes in plain words', async () => {
    const { graph } = await graphAs('AlexW');
    const admin = { graph, userId: alexId };
    const activated = await activateRoleFor(admin, input);
    expect(activated.result).toMatchObject({ ok: true });
    expect(activated.result.message).toContain('User Administrator is active now');
    expect(activated.result.message).toContain('Provisioned');
    expect(activated.changed.map((blade) => blade.path)).toContain('/my-roles');
    const held = await listRoleAssignments(graph, { principalIds: [alexId] });
    expect(held.some((a) => a.roleDefinitionId === role)).toBe(true);

    const again = await activateRoleFor(admin, input);
    expect(again.result.ok).toBe(false);
    expect(again.changed).toEqual([]);

    const deactivated = await deactivateRoleFor(admin, { roleDefinitionId: role, directoryScopeId: '/', roleName: 'User Administrator' });
    expect(deactivated.result.ok).toBe(false);
    expect(deactivated.result.message).toContain('Deactivation was refused');
    expect(deactivated.result.message).toContain('5 minutes');
    expect(deactivated.result.details?.[0]).toContain('ActiveDurationTooShort');
  });

  it('refuses a duration over the role\u2019s maximum with the ExpirationRule in plain words', async () => {
    const { graph } = await graphAs('AlexW');
    const result = await activateRoleFor({ graph, userId: alexId }, { ...input, hours: 9 });
    expect(result.result.ok).toBe(false);
    expect(result.result.details?.[0]).toMatch(/RoleAssignmentRequestPolicyValidationFailed|RoleAssignmentExists|PendingRoleAssignmentRequest/);
  });
});
