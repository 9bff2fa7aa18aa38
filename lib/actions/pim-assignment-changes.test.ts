import { vi } from 'vitest';
// `server-only` refuses to load outside a React server bundle; these tests are the server.
vi.mock('server-only', () => ({}));
import { describe, expect, it } from 'vitest';
import { GraphError } from '@/lib/graph/errors';
import type { RoleScheduleRequest } from '@/lib/graph/pim-schemas';
import { pimChangeRequest, proposedSchedule } from '@/lib/roles/pim-changes';
import { failedPolicyRules, pimRefusalWords } from '@/lib/roles/pim-refusal-words';
import { acceptedResult, pimChangeInputSchema, refusedResult, type PimChangeInput } from './pim-assignment-changes';

const role = '194ae4cb-b126-40b2-bd5b-6091b380977d';
const johanna = '22222222-2222-4222-8222-222222222222';

const input: PimChangeInput = pimChangeInputSchema.parse({
  change: 'extend', kind: 'eligibility', principalId: johanna, roleDefinitionId: role, directoryScopeId: '/',
  principalName: 'Johanna Lorenz', endDateTime: '2027-03-01T00:00:00.000Z',
});

const answer = (status: string, end: string | null = '2027-03-01T00:00:00Z'): RoleScheduleRequest => ({
  id: 'r', action: 'adminExtend', status, principalId: johanna, roleDefinitionId: role, directoryScopeId: '/',
  scheduleInfo: { startDateTime: '2026-11-01T00:00:00Z', expiration: end ? { type: 'afterDateTime', endDateTime: end } : { type: 'noExpiration' } },
});

describe('what the admin is told', () => {
  it('says what changed, until when, and the status Graph answered', () => {
    expect(acceptedResult(input, answer('Provisioned'))).toEqual({
      ok: true,
      message: 'Johanna Lorenz\u2019s eligible assignment was extended, until Mar 1, 2027, 12:00 AM UTC. Microsoft Graph answered Provisioned.',
    });
    expect(acceptedResult({ ...input, change: 'remove' }, { ...answer('Revoked'), scheduleInfo: null }).message).toBe(
      'Johanna Lorenz\u2019s eligible assignment was removed. Microsoft Graph answered Revoked.',
    );
    expect(acceptedResult(input, answer('Granted')).message).toContain('takes effect at Nov 1, 2026');
    expect(acceptedResult(input, answer('PendingApproval')).message).toContain('waits for approval');
    expect(acceptedResult(input, answer('Failed')).ok).toBe(false);
  });

  it('puts a policy refusal in plain words, with Graph\u2019s own message', () => {
    const error = new GraphError({ status: 400, code: 'RoleAssignmentRequestPolicyValidationFailed', graphMessage: 'The following policy rules failed: ["JustificationRule","ExpirationRule"]', requestId: 'req-1' });
    const result = refusedResult(input, error);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('require a justification');
    expect(result.message).toContain("don't allow this duration");
    expect(result.details).toEqual([`Microsoft Graph: ${error.code}: ${error.graphMessage}`]);
    expect(failedPolicyRules(error.graphMessage)).toEqual(['JustificationRule', 'ExpirationRule']);
  });

  it('words the other PIM refusals, and leaves unknown ones to the generic sentence', () => {
    expect(pimRefusalWords({ status: 400, code: 'ActiveDurationTooShort', graphMessage: 'x' })).toContain('5 minutes');
    expect(pimRefusalWords({ status: 400, code: 'BadRequest', graphMessage: 'The last active Global Administrator assignment cannot be removed.' })).toBe(
      'The last active Global Administrator assignment cannot be removed.',
    );
    expect(pimRefusalWords({ status: 403, code: 'Authorization_RequestDenied', graphMessage: 'x' })).toBeNull();
  });

  it('refuses an end before the start', () => {
    const parsed = pimChangeInputSchema.safeParse({ ...input, startDateTime: '2027-04-01T00:00:00Z' });
    expect(parsed.success).toBe(false);
  });
});

describe('the request a row action sends', () => {
  it('names principal, role and scope only for Remove, and a schedule for the others', () => {
    expect(pimChangeRequest({ ...input, change: 'remove' })).toEqual({ action: 'adminRemove', principalId: johanna, roleDefinitionId: role, directoryScopeId: '/', justification: undefined });
    expect(pimChangeRequest({ ...input, endDateTime: null, change: 'update' }).scheduleInfo).toEqual({ expiration: { type: 'noExpiration' } });
    expect(pimChangeRequest(input)).toMatchObject({ action: 'adminExtend', scheduleInfo: { expiration: { type: 'afterDateTime', endDateTime: '2027-03-01T00:00:00.000Z' } } });
  });

  it('proposes 90 days past the later of now and the current end for Extend, and from now for Renew', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(proposedSchedule('extend', { startDateTime: null, endDateTime: '2026-06-11T00:00:00Z' }, now).endDateTime).toBe('2026-09-09T00:00:00.000Z');
    expect(proposedSchedule('renew', { startDateTime: null, endDateTime: '2026-05-01T00:00:00Z' }, now)).toEqual({ startDateTime: now.toISOString(), endDateTime: '2026-08-30T00:00:00.000Z' });
  });
});
