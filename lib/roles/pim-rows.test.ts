import { describe, expect, it } from 'vitest';
import type { RoleAssignmentScheduleInstance, RoleEligibilitySchedule, RoleScheduleRequest } from '@/lib/graph/pim-schemas';
import {
  actionsFor,
  activeFacts,
  addIsoDuration,
  eligibilityFacts,
  expiredRequests,
  isExpiringSoon,
  pimKey,
  scheduleEnd,
  sortPimRows,
  type PimRow,
} from './pim-rows';

const now = new Date('2026-06-01T12:00:00Z');
const day = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(now.getTime() + days * day).toISOString();
const role = '194ae4cb-b126-40b2-bd5b-6091b380977d';
const johanna = '22222222-2222-4222-8222-222222222222';
const grady = '44444444-4444-4444-8444-444444444444';

function eligibility(overrides: Partial<RoleEligibilitySchedule> = {}): RoleEligibilitySchedule {
  return {
    id: 's1', principalId: johanna, roleDefinitionId: role, directoryScopeId: '/', memberType: 'Direct', status: 'Provisioned',
    scheduleInfo: { startDateTime: at(-20), expiration: { type: 'afterDateTime', endDateTime: at(10) } },
    ...overrides,
  };
}

function request(overrides: Partial<RoleScheduleRequest>): RoleScheduleRequest {
  return {
    id: 'r1', action: 'adminAssign', status: 'Provisioned', principalId: grady, roleDefinitionId: role, directoryScopeId: '/',
    createdDateTime: at(-33), scheduleInfo: { startDateTime: at(-33), expiration: { type: 'afterDateTime', endDateTime: at(-3) } },
    ...overrides,
  };
}

describe('schedule arithmetic', () => {
  it('adds day, hour and minute durations', () => {
    expect(addIsoDuration('2026-01-01T00:00:00Z', 'PT8H')).toBe('2026-01-01T08:00:00.000Z');
    expect(addIsoDuration('2026-01-01T00:00:00Z', 'P365D')).toBe('2027-01-01T00:00:00.000Z');
    expect(addIsoDuration('2026-01-01T00:00:00Z', 'P1DT30M')).toBe('2026-01-02T00:30:00.000Z');
    expect(addIsoDuration('2026-01-01T00:00:00Z', 'PT180D')).toBeNull();
  });

  it('reads the end of each expiration type, whatever its case', () => {
    expect(scheduleEnd({ startDateTime: at(0), expiration: { type: 'noExpiration' } })).toBeNull();
    expect(scheduleEnd({ startDateTime: at(0), expiration: { type: 'AfterDateTime', endDateTime: at(5) } })).toBe(at(5));
    expect(scheduleEnd({ startDateTime: '2026-01-01T00:00:00Z', expiration: { type: 'afterDuration', duration: 'PT5H' } })).toBe('2026-01-01T05:00:00.000Z');
    expect(scheduleEnd(null)).toBeNull();
  });

  it('calls an end within 14 days, and not past, expiring soon', () => {
    expect(isExpiringSoon(at(10), now)).toBe(true);
    expect(isExpiringSoon(at(14), now)).toBe(true);
    expect(isExpiringSoon(at(15), now)).toBe(false);
    expect(isExpiringSoon(at(-1), now)).toBe(false);
    expect(isExpiringSoon(null, now)).toBe(false);
  });
});

describe('row facts and actions', () => {
  it('offers Extend on a direct eligibility ending within 14 days', () => {
    expect(eligibilityFacts(eligibility(), now)).toMatchObject({ state: 'Eligible', memberType: 'Direct', endDateTime: at(10), expiringSoon: true, actions: ['update', 'remove', 'extend'] });
  });

  it('offers Update and Remove on a permanent one, and calls a future one Scheduled', () => {
    const permanent = eligibilityFacts(eligibility({ scheduleInfo: { startDateTime: at(-1), expiration: { type: 'noExpiration' } } }), now);
    expect(permanent).toMatchObject({ endDateTime: null, actions: ['update', 'remove'] });
    expect(eligibilityFacts(eligibility({ scheduleInfo: { startDateTime: at(2), expiration: { type: 'noExpiration' } } }), now).state).toBe('Scheduled');
  });

  it('offers nothing on an item held through a group', () => {
    expect(eligibilityFacts(eligibility({ memberType: 'Group' }), now).actions).toEqual([]);
  });

  it('reads an active instance: end, Assigned or Activated, and an activation only removable', () => {
    const instance: RoleAssignmentScheduleInstance = {
      id: 'a1', principalId: johanna, roleDefinitionId: role, directoryScopeId: '/', startDateTime: at(-30), endDateTime: at(5),
      assignmentType: 'Assigned', memberType: 'Direct',
    };
    expect(activeFacts(instance, now)).toMatchObject({ state: 'Assigned', endDateTime: at(5), scheduleKnown: true, actions: ['update', 'remove', 'extend'] });
    expect(activeFacts({ ...instance, assignmentType: 'Activated' }, now)).toMatchObject({ state: 'Activated', actions: ['remove'] });
  });

  it('without an instance says the schedule is unknown and offers no Extend', () => {
    expect(activeFacts(undefined, now)).toMatchObject({ scheduleKnown: false, endDateTime: null, actions: ['update', 'remove'] });
    expect(actionsFor('active', { memberType: 'Direct', state: 'Assigned', expiringSoon: true, scheduleKnown: false })).toEqual(['update', 'remove']);
  });

  it('offers Renew on expired rows', () => {
    expect(actionsFor('expired', { memberType: 'Direct', state: 'Expired', expiringSoon: false, scheduleKnown: true })).toEqual(['renew']);
  });
});

describe('expiredRequests', () => {
  it('finds an admin assignment whose end passed with no current schedule', () => {
    expect(expiredRequests([request({})], new Set(), now).map((r) => r.id)).toEqual(['r1']);
  });

  it('skips one that still has a current schedule (renewed or extended since)', () => {
    expect(expiredRequests([request({})], new Set([pimKey({ principalId: grady, roleDefinitionId: role, directoryScopeId: '/' })]), now)).toEqual([]);
  });

  it('judges by the latest request per principal, role and scope', () => {
    const renewed = request({ id: 'r2', action: 'adminRenew', createdDateTime: at(-1), scheduleInfo: { startDateTime: at(-1), expiration: { type: 'afterDateTime', endDateTime: at(30) } } });
    expect(expiredRequests([request({}), renewed], new Set(), now)).toEqual([]);
    const removed = request({ id: 'r3', action: 'adminRemove', status: 'Revoked', createdDateTime: at(-10), scheduleInfo: null });
    expect(expiredRequests([request({}), removed], new Set(), now)).toEqual([]);
  });

  it('keeps 30 days only, and ignores requests not provisioned, not ended, and self-activations', () => {
    const old = request({ id: 'old', principalId: johanna, scheduleInfo: { startDateTime: at(-90), expiration: { type: 'afterDateTime', endDateTime: at(-31) } } });
    const pending = request({ id: 'p', principalId: johanna, directoryScopeId: '/x', status: 'PendingApproval' });
    const running = request({ id: 'run', principalId: johanna, directoryScopeId: '/y', scheduleInfo: { startDateTime: at(-1), expiration: { type: 'afterDateTime', endDateTime: at(1) } } });
    const activation = request({ id: 'act', principalId: johanna, directoryScopeId: '/z', action: 'selfActivate' });
    expect(expiredRequests([old, pending, running, activation], new Set(), now)).toEqual([]);
  });
});

describe('sortPimRows', () => {
  const row = (displayName: string, endDateTime: string | null, tab: PimRow['tab'] = 'eligible') => ({ displayName, endDateTime, tab }) as PimRow;
  it('puts the soonest end first and permanent last; expired newest first', () => {
    expect(sortPimRows([row('A', null), row('B', at(20)), row('C', at(3))]).map((r) => r.displayName)).toEqual(['C', 'B', 'A']);
    expect(sortPimRows([row('A', at(-20), 'expired'), row('B', at(-3), 'expired')]).map((r) => r.displayName)).toEqual(['B', 'A']);
  });
});
