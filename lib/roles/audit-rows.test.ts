import { describe, expect, it } from 'vitest';
import { auditCsv, auditCsvFileName, formatAuditDate, rowConcernsRole, toAuditRow, type AuditInput } from './audit-rows';

const patti = { id: '11111111-1111-4111-8111-111111111111', displayName: 'Patti Fernandez', userPrincipalName: 'PattiF@contoso.onmicrosoft.com' };
const helpdesk = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const json = (value: string) => JSON.stringify(value);

function audit(overrides: Partial<AuditInput>): AuditInput {
  return {
    id: 'a1',
    activityDateTime: '2026-11-22T14:03:05.123Z',
    activityDisplayName: 'Add member to role',
    category: 'RoleManagement',
    result: 'success',
    correlationId: 'c1',
    initiatedBy: { user: patti, app: null },
    targetResources: [],
    ...overrides,
  };
}

const assignmentTargets = (scope?: { id: string; objectId: string; name: string; type: string }) => [
  {
    id: '22222222-2222-4222-8222-222222222222',
    displayName: 'Alex Wilber',
    type: 'User',
    userPrincipalName: 'AlexW@contoso.onmicrosoft.com',
    modifiedProperties: [
      { displayName: 'Role.ObjectID', newValue: json(helpdesk) },
      { displayName: 'Role.DisplayName', newValue: json('Helpdesk Administrator') },
      { displayName: 'Role.TemplateId', newValue: json(helpdesk) },
      ...(scope ? [{ displayName: 'Role.Scope', newValue: json(scope.id) }] : []),
    ],
  },
  { id: helpdesk, displayName: 'Helpdesk Administrator', type: 'Role' },
  ...(scope ? [{ id: scope.objectId, displayName: scope.name, type: scope.type }] : []),
];

describe('formatAuditDate', () => {
  it.each([
    ['2026-11-22T14:03:05.123Z', '2026-11-22 14:03:05 UTC'],
    ['2026-01-02T03:04:05+02:00', '2026-01-02 01:04:05 UTC'],
    ['0999-12-31T23:59:59Z', '0999-12-31 23:59:59 UTC'],
    ['not a date', 'not a date'],
  ])('%s → %s', (input, expected) => expect(formatAuditDate(input)).toBe(expected));
});

describe('toAuditRow', () => {
  it.each([
    {
      name: 'a directory-scope assignment',
      input: audit({ targetResources: assignmentTargets() }),
      target: 'Alex Wilber',
      role: 'Helpdesk Administrator',
      scope: { kind: 'directory', id: '/', name: 'Directory' },
    },
    {
      name: 'a removal at an administrative unit (old values only)',
      input: audit({
        activityDisplayName: 'Remove scoped member from role',
        targetResources: assignmentTargets({ id: '/administrativeUnits/33333333-3333-4333-8333-333333333333', objectId: '33333333-3333-4333-8333-333333333333', name: 'London', type: 'Other' }).map((t) =>
          'modifiedProperties' in t ? { ...t, modifiedProperties: (t.modifiedProperties ?? []).map((m) => ({ displayName: m.displayName, oldValue: m.newValue })) } : t,
        ),
      }),
      target: 'Alex Wilber',
      role: 'Helpdesk Administrator',
      scope: { kind: 'administrativeUnit', id: '/administrativeUnits/33333333-3333-4333-8333-333333333333', name: 'London' },
    },
    {
      name: 'an assignment at an app registration',
      input: audit({ targetResources: assignmentTargets({ id: '/44444444-4444-4444-8444-444444444444', objectId: '44444444-4444-4444-8444-444444444444', name: 'Contoso HR', type: 'Application' }) }),
      target: 'Alex Wilber',
      role: 'Helpdesk Administrator',
      scope: { kind: 'application', id: '/44444444-4444-4444-8444-444444444444', name: 'Contoso HR' },
    },
    {
      name: 'a role definition change: no principal, no scope',
      input: audit({
        activityDisplayName: 'Update role definition',
        targetResources: [{ id: '55555555-5555-4555-8555-555555555555', displayName: 'Contoso Audit Reader', type: 'Role', modifiedProperties: [{ displayName: 'Role.Description', newValue: json('x') }] }],
      }),
      target: null,
      role: 'Contoso Audit Reader',
      scope: null,
    },
  ])('reads $name', ({ input, target, role, scope }) => {
    const row = toAuditRow(input);
    expect(row.target?.name ?? null).toBe(target);
    expect(row.role?.name ?? null).toBe(role);
    expect(row.scope).toEqual(scope);
    expect(row.initiatedBy).toEqual({ kind: 'user', id: patti.id, name: 'Patti Fernandez', detail: patti.userPrincipalName });
    expect(row.dateText).toBe('2026-11-22 14:03:05 UTC');
    expect(row.result).toBe('Success');
  });

  it('names the group of a membership change and an application initiator', () => {
    const row = toAuditRow(
      audit({
        activityDisplayName: 'Add member to group',
        category: 'GroupManagement',
        initiatedBy: { user: null, app: { appId: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f', displayName: 'Contoso Automation', servicePrincipalId: 'x' } },
        targetResources: [
          { id: 'u', displayName: 'Alex Wilber', type: 'User', userPrincipalName: 'AlexW@contoso.onmicrosoft.com', modifiedProperties: [{ displayName: 'Group.DisplayName', newValue: json('Contoso_Helpdesk_Administrators') }] },
          { id: 'g', displayName: 'Contoso_Helpdesk_Administrators', type: 'Group' },
        ],
      }),
    );
    expect(row.target).toEqual({ id: 'u', name: 'Alex Wilber', type: 'User', detail: 'Member of Contoso_Helpdesk_Administrators' });
    expect(row.initiatedBy).toMatchObject({ kind: 'app', name: 'Contoso Automation', detail: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f' });
    expect(row.role).toBeNull();
  });

  it('matches a role by id or template id, in any case', () => {
    const row = toAuditRow(audit({ targetResources: assignmentTargets() }));
    expect(rowConcernsRole(row, helpdesk.toUpperCase())).toBe(true);
    expect(rowConcernsRole(row, '62e90394-69f5-4237-9190-012177145e10')).toBe(false);
  });
});

describe('auditCsv', () => {
  it('writes RFC 4180 rows and neutralises formulas', () => {
    const row = toAuditRow(
      audit({ initiatedBy: { user: { ...patti, displayName: '=HYPERLINK("x")' } }, targetResources: assignmentTargets() }),
    );
    const lines = auditCsv([row]).split('\r\n');
    expect(lines[0]).toBe(
      'Date (UTC),Activity,Category,Result,Initiated by,Initiated by (UPN or app ID),Target,Target type,Target detail,Role,Role ID,Scope,Scope ID,Correlation ID,Audit ID',
    );
    expect(lines[1]).toBe(
      `2026-11-22 14:03:05 UTC,Add member to role,RoleManagement,Success,"'=HYPERLINK(""x"")",PattiF@contoso.onmicrosoft.com,Alex Wilber,User,AlexW@contoso.onmicrosoft.com,Helpdesk Administrator,${helpdesk},Directory,/,c1,a1`,
    );
    expect(lines[2]).toBe('');
  });

  it('names the file by the UTC day', () => {
    expect(auditCsvFileName(new Date('2026-11-22T23:30:00-02:00'))).toBe('audit-role-management-2026-11-23.csv');
  });
});
