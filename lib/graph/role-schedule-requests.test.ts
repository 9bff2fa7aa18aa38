// PIM schedule requests: the plans "View Graph request" shows, and sending one with a scripted fetch.
import { describe, expect, it } from 'vitest';
import { createGraphClient } from './client';
import { GraphError, InvalidIdError } from './errors';
import {
  cancelRoleScheduleRequest,
  cancelScheduleRequestPlan,
  createRoleScheduleRequest,
  listMyRoleScheduleRequests,
  listRoleScheduleRequests,
  scheduleRequestPlan,
  type NewScheduleRequest,
} from './role-schedule-requests';

const securityAdmin = '194ae4cb-b126-40b2-bd5b-6091b380977d';
const johanna = '22222222-2222-4222-8222-222222222222';
const unit = '33333333-3333-4333-8333-333333333333';

const extend: NewScheduleRequest = {
  action: 'adminExtend',
  principalId: johanna,
  roleDefinitionId: securityAdmin,
  directoryScopeId: '/',
  justification: '  Another quarter  ',
  scheduleInfo: { startDateTime: '2026-01-01T00:00:00.000Z', expiration: { type: 'afterDateTime', endDateTime: '2026-04-01T00:00:00.000Z' } },
};

describe('scheduleRequestPlan', () => {
  it.each([
    ['eligibility', '/roleManagement/directory/roleEligibilityScheduleRequests'],
    ['assignment', '/roleManagement/directory/roleAssignmentScheduleRequests'],
  ] as const)('posts a %s request with the documented body', (kind, url) => {
    expect(scheduleRequestPlan(kind, extend)).toEqual({
      method: 'POST',
      url,
      body: {
        action: 'adminExtend',
        principalId: johanna,
        roleDefinitionId: securityAdmin,
        directoryScopeId: '/',
        justification: 'Another quarter',
        scheduleInfo: { startDateTime: '2026-01-01T00:00:00.000Z', expiration: { type: 'afterDateTime', endDateTime: '2026-04-01T00:00:00.000Z' } },
      },
    });
  });

  it('sends a removal with principal, role and scope only', () => {
    const plan = scheduleRequestPlan('eligibility', { action: 'adminRemove', principalId: johanna, roleDefinitionId: securityAdmin, directoryScopeId: `/administrativeUnits/${unit}`, justification: ' ' });
    expect(plan.body).toEqual({ action: 'adminRemove', principalId: johanna, roleDefinitionId: securityAdmin, directoryScopeId: `/administrativeUnits/${unit}` });
  });

  it('keeps a duration and drops an end that does not belong to it', () => {
    const plan = scheduleRequestPlan('assignment', {
      ...extend,
      action: 'selfActivate',
      scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT8H', endDateTime: '2026-04-01T00:00:00.000Z' } },
    });
    expect(plan.body?.scheduleInfo).toEqual({ expiration: { type: 'afterDuration', duration: 'PT8H' } });
  });

  it.each([
    [{ ...extend, principalId: "x' or 1 eq 1" }, InvalidIdError],
    [{ ...extend, directoryScopeId: '/users/x' }, InvalidIdError],
    [{ ...extend, scheduleInfo: { expiration: { type: 'afterDateTime' as const } } }, Error],
    [{ ...extend, scheduleInfo: { expiration: { type: 'afterDuration' as const, duration: 'PT180D' } } }, Error],
    [{ ...extend, scheduleInfo: { startDateTime: 'tomorrow', expiration: { type: 'noExpiration' as const } } }, Error],
  ])('refuses %j before building anything', (input, error) => {
    expect(() => scheduleRequestPlan('eligibility', input)).toThrow(error);
  });

  it('cancels by id, refusing one that could change the path', () => {
    expect(cancelScheduleRequestPlan('assignment', 'a3b7c2d1-0000-4000-8000-000000000001')).toEqual({
      method: 'POST',
      url: '/roleManagement/directory/roleAssignmentScheduleRequests/a3b7c2d1-0000-4000-8000-000000000001/cancel',
    });
    expect(() => cancelScheduleRequestPlan('assignment', '../x')).toThrow(InvalidIdError);
  });
});

function stubbed(answer: (url: URL, init: RequestInit) => Response) {
  const calls: Array<{ url: URL; init: RequestInit }> = [];
  const fetchImpl: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    return answer(url, init);
  };
  const graph = createGraphClient({ baseUrl: 'http://graph.test/v1.0', accessToken: 'token', fetchImpl, logger: () => {}, retry: { baseDelayMs: 1 } });
  return { graph, calls };
}

const batchOf = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json({ responses: [{ id: '1', status, headers, body }] });

const provisioned = {
  id: 'a3b7c2d1-0000-4000-8000-000000000009',
  action: 'adminExtend',
  status: 'Provisioned',
  principalId: johanna,
  roleDefinitionId: securityAdmin,
  directoryScopeId: '/',
  justification: 'Another quarter',
  scheduleInfo: { startDateTime: '2026-01-01T00:00:00Z', expiration: { type: 'afterDateTime', endDateTime: '2026-04-01T00:00:00Z', duration: null } },
  createdBy: { user: { id: johanna, displayName: null } },
};

describe('createRoleScheduleRequest', () => {
  it('sends the planned request in a $batch of one and returns Graph\'s answer', async () => {
    const { graph, calls } = stubbed(() => batchOf(201, provisioned));
    await expect(createRoleScheduleRequest(graph, 'eligibility', extend)).resolves.toMatchObject({ status: 'Provisioned', action: 'adminExtend' });
    expect(calls).toHaveLength(1);
    const { requests } = JSON.parse(String(calls[0]?.init.body)) as { requests: Array<{ method: string; url: string; body: unknown }> };
    const plan = scheduleRequestPlan('eligibility', extend);
    expect(requests).toEqual([expect.objectContaining({ method: 'POST', url: plan.url, body: plan.body })]);
  });

  it('throws Graph\'s refusal with its code and message', async () => {
    const refusal = { error: { code: 'RoleAssignmentRequestPolicyValidationFailed', message: 'The following policy rules failed: ["ExpirationRule"]' } };
    const { graph } = stubbed(() => batchOf(400, refusal));
    const error = await createRoleScheduleRequest(graph, 'eligibility', extend).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 400, code: 'RoleAssignmentRequestPolicyValidationFailed', graphMessage: refusal.error.message });
  });

  it('sends a throttled request again after Retry-After', async () => {
    let answers = 0;
    const { graph, calls } = stubbed(() => {
      answers++;
      return answers === 1 ? batchOf(429, { error: { code: 'TooManyRequests' } }, { 'Retry-After': '0' }) : batchOf(201, provisioned);
    });
    await expect(createRoleScheduleRequest(graph, 'assignment', extend)).resolves.toMatchObject({ status: 'Provisioned' });
    expect(calls).toHaveLength(2);
  });

  it('sends a 5xx once and leaves its fate open for the caller', async () => {
    const { graph, calls } = stubbed(() => batchOf(503, { error: { code: 'ServiceUnavailable' } }, { 'Retry-After': '0' }));
    const error = await createRoleScheduleRequest(graph, 'assignment', extend).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, isServerOrNetworkFailure: true });
    expect(calls).toHaveLength(1);
  });

  it('reports a lost answer as an open fate, not a refusal', async () => {
    const { graph, calls } = stubbed(() => {
      throw new TypeError('fetch failed');
    });
    const error = await createRoleScheduleRequest(graph, 'assignment', extend).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, isServerOrNetworkFailure: true });
    expect(calls).toHaveLength(1);
  });
});

describe('cancel and list', () => {
  it('cancels with a bodiless POST', async () => {
    const { graph, calls } = stubbed(() => new Response(null, { status: 204 }));
    await cancelRoleScheduleRequest(graph, 'eligibility', provisioned.id);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.url.pathname).toBe(`/v1.0/roleManagement/directory/roleEligibilityScheduleRequests/${provisioned.id}/cancel`);
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it("lists the caller's own requests and a role's", async () => {
    const { graph, calls } = stubbed(() => Response.json({ value: [provisioned] }));
    expect(await listMyRoleScheduleRequests(graph, 'assignment')).toHaveLength(1);
    expect(await listRoleScheduleRequests(graph, 'eligibility', { roleDefinitionId: securityAdmin, principalIds: [johanna] })).toHaveLength(1);
    expect(decodeURIComponent(calls[0]?.url.pathname ?? '')).toBe("/v1.0/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')");
    expect(calls[1]?.url.searchParams.get('$filter')).toBe(`roleDefinitionId eq '${securityAdmin}' and principalId eq '${johanna}'`);
  });
});

describe('the same requests in PowerShell', () => {
  it('has a command for each plan, the body verbatim', async () => {
    const { powerShellScript } = await import('./powershell');
    const script = powerShellScript([
      scheduleRequestPlan('eligibility', { ...extend, justification: "Johanna's next quarter" }),
      cancelScheduleRequestPlan('assignment', provisioned.id),
    ]);
    expect(script).toContain("New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest -BodyParameter (@'\n{");
    expect(script).toContain(`"justification": "Johanna's next quarter"`);
    expect(script).toContain(`Stop-MgRoleManagementDirectoryRoleAssignmentScheduleRequest -UnifiedRoleAssignmentScheduleRequestId '${provisioned.id}'`);
  });
});
