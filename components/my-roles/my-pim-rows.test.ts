import { describe, expect, it } from 'vitest';
import { activeRows, eligibleRows, graphNow, requestRows, type MyRolesData } from './my-pim-rows';

const me = '11111111-1111-4111-8111-111111111111';
const group = '22222222-2222-4222-8222-222222222222';
const userAdmin = 'fe930be7-5e62-47db-91af-98c3a49a38b1';
const appAdmin = '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3';
const reader = '4a5d8f65-41da-4de4-8968-e035b65339cf';
const now = Date.parse('2025-01-06T09:00:00Z');

const eligibility = (id: string, roleDefinitionId: string, extra: object = {}) => ({
  id, principalId: me, roleDefinitionId, directoryScopeId: '/', roleName: roleDefinitionId === userAdmin ? 'User Administrator' : 'Application Administrator', viaGroup: null,
  scheduleInfo: { startDateTime: '2024-12-27T09:00:00Z', expiration: { type: 'afterDateTime', endDateTime: '2025-04-06T09:00:00Z' } }, ...extra,
});

function data(over: Partial<MyRolesData> = {}): MyRolesData {
  return {
    userId: me,
    held: [],
    eligible: [eligibility('e1', userAdmin), eligibility('e2', appAdmin, { principalId: group, viaGroup: 'Contoso_App_Admins', scheduleInfo: { startDateTime: null, expiration: { type: 'noExpiration' } } })],
    active: [],
    requests: [],
    scopeNames: { '/': 'Directory' },
    ...over,
  };
}

const held = (assignmentId: string, roleId: string, roleName: string) => ({
  assignmentId, roleId, roleName, privileged: false, scopeKindLabel: 'Directory', scopeName: 'Directory', via: { kind: 'direct' as const },
});

describe('Eligible assignments', () => {
  it('offers Activate on an eligibility in effect, names the group one comes through, soonest end first', () => {
    const rows = eligibleRows(data(), now);
    expect(rows.map((row) => [row.roleName, row.viaGroup, row.activation])).toEqual([
      ['User Administrator', null, { can: true }],
      ['Application Administrator', 'Contoso_App_Admins', { can: true }],
    ]);
    expect(rows[0]?.scopeName).toBe('Directory');
  });

  it('says Active when the caller already holds the activation, Requested while a request waits, Starts later before its start', () => {
    const active = [{ id: 'a1', principalId: me, roleDefinitionId: userAdmin, directoryScopeId: '/', roleName: 'User Administrator', assignmentType: 'Activated', startDateTime: '2025-01-06T08:00:00Z', endDateTime: '2025-01-06T10:00:00Z' }];
    const requests = [{ id: 'r1', action: 'selfActivate', status: 'PendingApproval', principalId: me, roleDefinitionId: appAdmin, directoryScopeId: '/', roleName: 'Application Administrator' }];
    expect(eligibleRows(data({ active, requests }), now).map((row) => row.activation)).toEqual([{ can: false, reason: 'Active' }, { can: false, reason: 'Requested' }]);
    const future = data({ eligible: [eligibility('e3', userAdmin, { scheduleInfo: { startDateTime: '2025-02-01T00:00:00Z', expiration: { type: 'noExpiration' } } })] });
    expect(eligibleRows(future, now)[0]?.activation).toEqual({ can: false, reason: 'Starts later' });
  });
});

describe('Active assignments', () => {
  it('joins each held role with its instance: time left and Deactivate for the caller\u2019s own activation only', () => {
    const rows = activeRows(data({
      held: [held('ra-1', userAdmin, 'User Administrator'), held('ra-2', reader, 'Reports Reader'), held('ra-3', appAdmin, 'Application Administrator')],
      active: [
        { id: 'ra-1', roleAssignmentOriginId: 'ra-1', principalId: me, roleDefinitionId: userAdmin, directoryScopeId: '/', roleName: 'User Administrator', assignmentType: 'Activated', memberType: 'Direct', startDateTime: '2025-01-06T08:30:00Z', endDateTime: '2025-01-06T10:15:00Z' },
        { id: 'ra-2', principalId: me, roleDefinitionId: reader, directoryScopeId: '/', roleName: 'Reports Reader', assignmentType: 'Assigned', memberType: 'Direct', startDateTime: null, endDateTime: null },
        { id: 'ra-3', principalId: me, roleDefinitionId: appAdmin, directoryScopeId: '/', roleName: 'Application Administrator', assignmentType: 'Activated', memberType: 'Group', startDateTime: '2025-01-06T08:00:00Z', endDateTime: '2025-01-06T09:30:00Z' },
      ],
    }), now);
    expect(rows.map((row) => [row.roleName, row.assignmentType, row.timeLeft, row.canDeactivate, row.activatedVia])).toEqual([
      ['User Administrator', 'Activated', '1 h 15 min left', true, null],
      ['Reports Reader', 'Assigned', 'Permanent', false, null],
      ['Application Administrator', 'Activated', '30 min left', true, 'Contoso_App_Admins'],
    ]);
  });

  it('keeps a held role Graph listed no schedule for, without Deactivate', () => {
    const [row] = activeRows(data({ held: [held('ra-9', reader, 'Reports Reader')] }), now);
    expect(row).toMatchObject({ assignmentType: null, timeLeft: null, canDeactivate: false, directoryScopeId: null });
  });
});

describe('Requests', () => {
  it('lists the caller\u2019s requests newest first, in words, with Cancel only while Granted', () => {
    const rows = requestRows(data({
      requests: [
        { id: 'r1', action: 'selfActivate', status: 'Provisioned', principalId: me, roleDefinitionId: userAdmin, directoryScopeId: '/', roleName: 'User Administrator', createdDateTime: '2025-01-06T08:00:00Z', scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT2H' } } },
        { id: 'r2', action: 'selfActivate', status: 'Granted', principalId: me, roleDefinitionId: appAdmin, directoryScopeId: '/', roleName: 'Application Administrator', createdDateTime: '2025-01-06T08:30:00Z' },
        { id: 'r3', action: 'selfDeactivate', status: 'Revoked', principalId: me, roleDefinitionId: userAdmin, directoryScopeId: '/', roleName: 'User Administrator', createdDateTime: '2025-01-06T08:10:00Z' },
      ],
    }));
    expect(rows.map((row) => [row.id, row.action, row.status, row.canCancel])).toEqual([
      ['r2', 'Activate', 'Granted', true],
      ['r3', 'Deactivate', 'Revoked', false],
      ['r1', 'Activate', 'Provisioned', false],
    ]);
    expect(rows[0]?.statusText).toContain('takes effect at its start');
  });
});

describe('Graph\u2019s now', () => {
  const active = [{ id: 'a', principalId: me, roleDefinitionId: userAdmin, roleName: 'User Administrator', startDateTime: '2025-01-06T09:00:00Z', endDateTime: '2025-01-06T17:00:00Z' }];

  it('is the server\u2019s clock while it agrees with what Graph listed', () => {
    const serverNow = Date.parse('2025-01-06T10:00:00Z');
    expect(graphNow({ active, requests: [] }, serverNow)).toBe(serverNow);
  });

  it('is the latest moment Graph showed to have passed when the server\u2019s clock is past an instance Graph says still runs', () => {
    const requests = [{ id: 'r', action: 'selfActivate', status: 'Provisioned', principalId: me, roleDefinitionId: userAdmin, roleName: 'User Administrator', createdDateTime: '2025-01-06T09:00:05Z' }];
    expect(graphNow({ active, requests }, Date.parse('2026-12-03T18:00:00Z'))).toBe(Date.parse('2025-01-06T09:00:05Z'));
  });

  it('is the server\u2019s clock when Graph listed nothing to tell by', () => {
    expect(graphNow({ active: [], requests: [] }, 42)).toBe(42);
  });
});
