import { describe, expect, it } from 'vitest';
import { auditValueText, toAuditDetails, type AuditDetailsInput } from './audit-details';

const helpdesk = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const group = '33333333-3333-4333-8333-333333333333';
const json = (value: unknown) => JSON.stringify(value);

function audit(overrides: Partial<AuditDetailsInput>): AuditDetailsInput {
  return {
    id: 'Directory_ABCDE_12345678',
    activityDateTime: '2026-11-22T14:03:05.123Z',
    activityDisplayName: 'Remove member from role',
    category: 'RoleManagement',
    result: 'success',
    resultReason: '',
    loggedByService: 'Core Directory',
    operationType: 'Unassign',
    correlationId: 'c0ffee00-0000-4000-8000-000000000001',
    initiatedBy: {
      user: { id: '11111111-1111-4111-8111-111111111111', displayName: 'Patti Fernandez', userPrincipalName: 'PattiF@contoso.onmicrosoft.com', ipAddress: null },
      app: null,
    },
    targetResources: [
      {
        id: group,
        displayName: 'Contoso_Helpdesk_Administrators',
        type: 'Group',
        userPrincipalName: null,
        modifiedProperties: [
          { displayName: 'Role.DisplayName', oldValue: json('Helpdesk Administrator'), newValue: null },
          { displayName: 'Role.TemplateId', oldValue: json(helpdesk), newValue: null },
        ],
      },
      { id: helpdesk, displayName: 'Helpdesk Administrator', type: 'Role' },
    ],
    additionalDetails: [{ key: 'directoryScopeId', value: '/' }],
    ...overrides,
  };
}

describe('auditValueText', () => {
  it.each([
    ['a JSON string reads as its text', json('Helpdesk Administrator'), 'Helpdesk Administrator'],
    ['a list of strings reads as its items', json(['Seattle', 'London']), 'Seattle, London'],
    ['an empty list is no value', '[]', null],
    ['JSON null is no value', 'null', null],
    ['an empty string is no value', '', null],
    ['text that is not JSON stays as sent', 'Helpdesk Administrator', 'Helpdesk Administrator'],
    ['other JSON stays as sent', '{"a":1}', '{"a":1}'],
    ['a number stays as sent', '42', '42'],
  ])('%s', (_, raw, expected) => {
    expect(auditValueText(raw)).toBe(expected);
  });
});

describe('toAuditDetails', () => {
  it("gives a user's change as Entra shows it: activity, status, initiator with UPN, targets and modified properties", () => {
    expect(toAuditDetails(audit({}))).toEqual({
      id: 'Directory_ABCDE_12345678',
      activity: 'Remove member from role',
      category: 'RoleManagement',
      activityDateTime: '2026-11-22T14:03:05.123Z',
      dateText: '2026-11-22 14:03:05 UTC',
      result: 'Success',
      resultReason: null,
      loggedByService: 'Core Directory',
      operationType: 'Unassign',
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      initiatedBy: {
        kind: 'user',
        displayName: 'Patti Fernandez',
        id: '11111111-1111-4111-8111-111111111111',
        userPrincipalName: 'PattiF@contoso.onmicrosoft.com',
        ipAddress: null,
      },
      targets: [
        { type: 'Group', displayName: 'Contoso_Helpdesk_Administrators', id: group, userPrincipalName: null },
        { type: 'Role', displayName: 'Helpdesk Administrator', id: helpdesk, userPrincipalName: null },
      ],
      modifiedProperties: [
        { target: 'Contoso_Helpdesk_Administrators', name: 'Role.DisplayName', oldValue: 'Helpdesk Administrator', newValue: null },
        { target: 'Contoso_Helpdesk_Administrators', name: 'Role.TemplateId', oldValue: helpdesk, newValue: null },
      ],
      additionalDetails: [{ key: 'directoryScopeId', value: '/' }],
    });
  });

  it("gives an app's change with its app id and service principal, and a failure with its reason", () => {
    const details = toAuditDetails(
      audit({
        result: 'failure',
        resultReason: 'Insufficient privileges',
        initiatedBy: { user: null, app: { appId: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f', displayName: 'Contoso Automation', servicePrincipalId: group, servicePrincipalName: null } },
        targetResources: [{ id: null, displayName: null, type: 'SomethingNew', modifiedProperties: null }],
        additionalDetails: null,
      }),
    );
    expect(details.result).toBe('Failure');
    expect(details.resultReason).toBe('Insufficient privileges');
    expect(details.initiatedBy).toEqual({ kind: 'app', displayName: 'Contoso Automation', appId: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f', servicePrincipalId: group, servicePrincipalName: null });
    expect(details.targets).toEqual([{ type: 'SomethingNew', displayName: null, id: null, userPrincipalName: null }]);
    expect(details.modifiedProperties).toEqual([]);
    expect(details.additionalDetails).toEqual([]);
  });

  it('says nothing about an initiator Graph left empty', () => {
    expect(toAuditDetails(audit({ initiatedBy: { user: null, app: null }, result: null })).initiatedBy).toEqual({ kind: 'unknown' });
    expect(toAuditDetails(audit({ result: null })).result).toBe('Unknown');
  });
});
