// Activation and deactivation on My roles against the emulator's Contoso tenant, as Alex Wilber (eligible User
// Administrator in the PIM seed). Other files share this emulator and its clock, so the clock is never moved here:
// the activation is removed afterwards through plain DELETE /roleAssignments, which PIM's 5-minute rule doesn't guard.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteRoleAssignments, listRoleAssignments } from '@/lib/graph/role-assignments';
import { listUsers } from '@/lib/graph/users';
import { builtInRoles, graphAs } from '@/tests/graph-fixtures';
import { activateRoleFor, activationEnd, activationInputSchema, activationRequest, activationResult, deactivateRoleFor } from './pim-activation';

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
    expect(deactivated.result.details?.join(' ')).toContain('ActiveDurationTooShort');
  });

  it('refuses a duration over the role\u2019s maximum with the ExpirationRule in plain words', async () => {
    const { graph } = await graphAs('AlexW');
    const result = await activateRoleFor({ graph, userId: alexId }, { ...input, hours: 9 });
    expect(result.result.ok).toBe(false);
    expect(result.result.details?.join(' ')).toMatch(/RoleAssignmentRequestPolicyValidationFailed|RoleAssignmentExists|PendingRoleAssignmentRequest/);
  });
});

describe('the end an accepted activation is told', () => {
  const answered = (scheduleInfo: object) => ({ id: 'r', action: 'selfActivate', status: 'Provisioned', principalId: role, roleDefinitionId: role, scheduleInfo });

  it('is the start Graph answered plus the hours asked for', () => {
    expect(activationEnd(answered({ startDateTime: '2025-01-06T09:00:00Z', expiration: { type: 'afterDuration', duration: 'PT2H' } }), 2)).toBe('2025-01-06T11:00:00.000Z');
  });

  it('is Graph\u2019s own end when it answered one, and unknown when it answered no start', () => {
    expect(activationEnd(answered({ startDateTime: '2025-01-06T09:00:00Z', expiration: { type: 'afterDateTime', endDateTime: '2025-01-06T10:30:00Z' } }), 2)).toBe('2025-01-06T10:30:00Z');
    expect(activationEnd(answered({ expiration: { type: 'afterDuration', duration: 'PT2H' } }), 2)).toBeNull();
  });

  it('is in the sentence the result bar shows', () => {
    const result = activationResult(input, answered({ startDateTime: '2025-01-06T09:00:00Z' }));
    expect(result).toEqual({ ok: true, message: 'User Administrator is active now, until Jan 6, 2025, 11:00 AM UTC. Microsoft Graph answered Provisioned.' });
  });
});
