// PIM schedule and instance reads with a scripted fetch: which URLs go out, how many, and what is parsed.
import { describe, expect, it } from 'vitest';
import { createGraphClient } from './client';
import { InvalidIdError } from './errors';
import {
  listMyRoleAssignmentScheduleInstances,
  listMyRoleEligibilitySchedules,
  listRoleAssignmentScheduleInstances,
  listRoleEligibilitySchedules,
} from './role-schedules';

const globalAdmin = '62e90394-69f5-4237-9190-012177145e10';
const lee = '11111111-1111-4111-8111-111111111111';

function stubbed(answer: (url: URL, init: RequestInit) => unknown) {
  const calls: Array<{ url: URL; init: RequestInit }> = [];
  const fetchImpl: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    return Response.json(answer(url, init));
  };
  const graph = createGraphClient({ baseUrl: 'http://graph.test/v1.0', accessToken: 'token', fetchImpl, logger: () => {} });
  return { graph, calls };
}

const eligibility = {
  id: 'a3b7c2d1-0000-4000-8000-000000000001',
  principalId: lee,
  roleDefinitionId: globalAdmin,
  directoryScopeId: '/',
  appScopeId: null,
  createdUsing: 'a3b7c2d1-0000-4000-8000-000000000001',
  createdDateTime: '2026-01-01T00:00:00Z',
  modifiedDateTime: null,
  status: 'Provisioned',
  memberType: 'Direct',
  scheduleInfo: { startDateTime: '2026-01-01T00:00:00Z', recurrence: null, expiration: { type: 'noExpiration', endDateTime: null, duration: null } },
  principal: { '@odata.type': '#microsoft.graph.user', id: lee, displayName: 'Lee Gu', userPrincipalName: 'LeeG@contoso.test' },
};

describe('listRoleEligibilitySchedules', () => {
  it("reads a role's eligibilities with principals expanded in one request", async () => {
    const { graph, calls } = stubbed(() => ({ value: [eligibility] }));
    const items = await listRoleEligibilitySchedules(graph, { roleDefinitionId: globalAdmin, expandPrincipal: true });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ principalId: lee, memberType: 'Direct', principal: { displayName: 'Lee Gu' } });
    expect(items[0]?.scheduleInfo?.expiration?.type).toBe('noExpiration');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.pathname).toBe('/v1.0/roleManagement/directory/roleEligibilitySchedules');
    expect(calls[0]?.url.searchParams.get('$filter')).toBe(`roleDefinitionId eq '${globalAdmin}'`);
    expect(calls[0]?.url.searchParams.get('$expand')).toBe('principal');
  });

  it('follows @odata.nextLink', async () => {
    const second = { ...eligibility, id: 'a3b7c2d1-0000-4000-8000-000000000002' };
    const { graph, calls } = stubbed((url) =>
      url.searchParams.has('$skiptoken') ? { value: [second] } : { value: [eligibility], '@odata.nextLink': `${url.origin}${url.pathname}?$skiptoken=p2` },
    );
    expect((await listRoleEligibilitySchedules(graph)).map((item) => item.id)).toEqual([eligibility.id, second.id]);
    expect(calls).toHaveLength(2);
  });

  it('sends more than 15 principals as `in` lists in one $batch', async () => {
    const principals = Array.from({ length: 20 }, (_, i) => `11111111-1111-4111-8111-${String(i).padStart(12, '0')}`);
    const { graph, calls } = stubbed((url, init) => {
      if (url.pathname.endsWith('/$batch')) {
        const { requests } = JSON.parse(String(init.body)) as { requests: Array<{ id: string }> };
        return { responses: requests.map((r) => ({ id: r.id, status: 200, body: { value: r.id === '1' ? [eligibility] : [eligibility] } })) };
      }
      throw new Error(`unexpected ${url}`);
    });
    const items = await listRoleEligibilitySchedules(graph, { principalIds: principals });
    expect(calls.map((call) => call.url.pathname)).toEqual(['/v1.0/$batch']);
    const { requests } = JSON.parse(String(calls[0]?.init.body)) as { requests: Array<{ url: string }> };
    expect(requests).toHaveLength(2);
    expect(decodeURIComponent(requests[0]?.url ?? '')).toContain('principalId in (');
    // The same schedule in both answers is listed once.
    expect(items).toHaveLength(1);
  });

  it('refuses a malformed role id before any request', async () => {
    const { graph, calls } = stubbed(() => ({ value: [] }));
    await expect(listRoleEligibilitySchedules(graph, { roleDefinitionId: "x' or 1 eq 1" })).rejects.toBeInstanceOf(InvalidIdError);
    expect(calls).toHaveLength(0);
  });

  it('fails loudly on a schedule without a principal id', async () => {
    const { graph } = stubbed(() => ({ value: [{ ...eligibility, principalId: undefined }] }));
    await expect(listRoleEligibilitySchedules(graph)).rejects.toThrow();
  });
});

describe('assignment schedule instances and the caller\'s own items', () => {
  it('reads instances with start, end and assignment type', async () => {
    const instance = {
      id: 'lAPpYvVpN0KRkAEhdxReEMmO4KwRqtpKkUWt3wOYIz4-1',
      principalId: lee,
      roleDefinitionId: globalAdmin,
      directoryScopeId: '/',
      startDateTime: '2026-01-01T00:00:00Z',
      endDateTime: '2026-02-01T00:00:00Z',
      assignmentType: 'Assigned',
      memberType: 'Direct',
      roleAssignmentOriginId: 'lAPpYvVpN0KRkAEhdxReEMmO4KwRqtpKkUWt3wOYIz4-1',
      roleAssignmentScheduleId: 'lAPpYvVpN0KRkAEhdxReEMmO4KwRqtpKkUWt3wOYIz4-1',
    };
    const { graph, calls } = stubbed(() => ({ value: [instance] }));
    const [item] = await listRoleAssignmentScheduleInstances(graph, { roleDefinitionId: globalAdmin, expandPrincipal: true, expandDirectoryScope: true });
    expect(item).toMatchObject({ endDateTime: '2026-02-01T00:00:00Z', assignmentType: 'Assigned' });
    expect(calls[0]?.url.pathname).toBe('/v1.0/roleManagement/directory/roleAssignmentScheduleInstances');
    expect(calls[0]?.url.searchParams.get('$expand')).toBe('principal,directoryScope');
  });

  it("asks filterByCurrentUser(on='principal') for the caller's own", async () => {
    const { graph, calls } = stubbed(() => ({ value: [] }));
    await listMyRoleEligibilitySchedules(graph);
    await listMyRoleAssignmentScheduleInstances(graph);
    expect(calls.map((call) => decodeURIComponent(call.url.pathname))).toEqual([
      "/v1.0/roleManagement/directory/roleEligibilitySchedules/filterByCurrentUser(on='principal')",
      "/v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')",
    ]);
  });
});
