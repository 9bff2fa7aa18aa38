import { describe, expect, it } from 'vitest';
import { planMessages, planRoleAssignments, type FoundPrincipal, type PlanInput } from './plan-assignments';
import { builtInRole, customRole } from './test-roles';
import { GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, APPLICATION_ADMINISTRATOR } from './well-known-roles';

const SEATTLE = '1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';
const EXPENSES = 'd23998b1-8853-4c87-b95f-be97d2de6b49';
const alex: FoundPrincipal = { id: 'aaaaaaaa-0000-4000-8000-000000000001', displayName: 'Alex Wilber', kind: 'user' };
const shannon: FoundPrincipal = { id: 'aaaaaaaa-0000-4000-8000-000000000002', displayName: "Shannon O'Brien", kind: 'user' };
const helpdeskGroup: FoundPrincipal = {
  id: 'bbbbbbbb-0000-4000-8000-000000000001', displayName: 'Contoso_Helpdesk_Administrators', kind: 'group', isAssignableToRole: true,
};
const sales: FoundPrincipal = { id: 'bbbbbbbb-0000-4000-8000-000000000002', displayName: 'Sales and Marketing', kind: 'group', isAssignableToRole: false };
const legacyGroup: FoundPrincipal = { id: 'bbbbbbbb-0000-4000-8000-000000000003', displayName: 'Legacy', kind: 'group' };
const automation: FoundPrincipal = { id: 'cccccccc-0000-4000-8000-000000000001', displayName: 'Contoso Automation', kind: 'servicePrincipal' };
const ghost = 'dddddddd-0000-4000-8000-000000000001';

const helpdesk = builtInRole(HELPDESK_ADMINISTRATOR);
const global = builtInRole(GLOBAL_ADMINISTRATOR);
const appAdmin = builtInRole(APPLICATION_ADMINISTRATOR);
const credentialManager = customRole('Contoso App Credential Manager', ['microsoft.directory/applications/credentials/update']);

function input(overrides: Partial<PlanInput>): PlanInput {
  return {
    role: helpdesk,
    directoryScopeId: '/',
    scopeObject: null,
    principalIds: [alex.id],
    found: [alex, shannon, helpdeskGroup, sales, legacyGroup, automation],
    existing: [],
    ...overrides,
  };
}

const names = (principals: FoundPrincipal[]) => principals.map((p) => p.displayName);

describe('planRoleAssignments', () => {
  it.each<[string, Partial<PlanInput>, string[], (string | null)[]]>([
    ['a user at Directory scope', {}, ['Alex Wilber'], []],
    ['a user, a role-assignable group and a service principal together', { principalIds: [alex.id, helpdeskGroup.id, automation.id] },
      ['Alex Wilber', 'Contoso_Helpdesk_Administrators', 'Contoso Automation'], []],
    ['the same principal twice, once', { principalIds: [alex.id, alex.id.toUpperCase()] }, ['Alex Wilber'], []],
    ['a user at an administrative unit the role supports',
      { directoryScopeId: `/administrativeUnits/${SEATTLE}`, scopeObject: { id: SEATTLE, displayName: 'Seattle' } }, ['Alex Wilber'], []],
    ['a built-in app role at an app registration', { role: appAdmin, directoryScopeId: `/${EXPENSES}`, scopeObject: { id: EXPENSES, displayName: 'Contoso Expenses' } },
      ['Alex Wilber'], []],
    ['a custom app role at an app registration',
      { role: credentialManager, directoryScopeId: `/${EXPENSES}`, scopeObject: { id: EXPENSES, displayName: 'Contoso Expenses' } }, ['Alex Wilber'], []],
    ['a holder of the role at another scope',
      { existing: [{ roleDefinitionId: HELPDESK_ADMINISTRATOR, principalId: alex.id, directoryScopeId: `/administrativeUnits/${SEATTLE}` }] },
      ['Alex Wilber'], []],
    ['nobody when the role is gone', { role: null }, [], [null]],
    ['nobody at a scope the role does not support',
      { role: global, directoryScopeId: `/administrativeUnits/${SEATTLE}`, scopeObject: { id: SEATTLE, displayName: 'Seattle' } }, [], [null]],
    ['nobody at an unknown scope shape', { directoryScopeId: '/administrativeUnits/' }, [], [null]],
    ['nobody when the unit is gone', { directoryScopeId: `/administrativeUnits/${SEATTLE}`, scopeObject: null }, [], [null]],
    ['nobody when the app is gone', { role: appAdmin, directoryScopeId: `/${EXPENSES}`, scopeObject: null }, [], [null]],
    ['a missing principal', { principalIds: [alex.id, ghost] }, ['Alex Wilber'], [ghost]],
    ['a group that is not role-assignable', { principalIds: [sales.id, shannon.id] }, ["Shannon O'Brien"], [sales.id]],
    ['a group whose isAssignableToRole was not returned', { principalIds: [legacyGroup.id] }, [], [legacyGroup.id]],
    ['a principal that already holds the role at that scope',
      { principalIds: [alex.id, shannon.id], existing: [{ roleDefinitionId: HELPDESK_ADMINISTRATOR.toUpperCase(), principalId: shannon.id, directoryScopeId: '/' }] },
      ['Alex Wilber'], [shannon.id]],
  ])('plans %s', (_, overrides, created, refused) => {
    const plan = planRoleAssignments(input(overrides));
    expect(names(plan.toCreate)).toEqual(created);
    expect(plan.refusals.map((r) => r.principalId)).toEqual(refused);
  });

  it('says why, in Entra\'s words', () => {
    expect(planRoleAssignments(input({ role: global, directoryScopeId: `/administrativeUnits/${SEATTLE}`, scopeObject: { id: SEATTLE, displayName: 'Seattle' } }))
      .refusals[0]?.message).toBe("This role can't be assigned at the selected scope.");
    expect(planRoleAssignments(input({ principalIds: [sales.id] })).refusals[0]?.message).toBe(planMessages.groupNotRoleAssignable('Sales and Marketing'));
    expect(planRoleAssignments(input({ existing: [{ roleDefinitionId: HELPDESK_ADMINISTRATOR, principalId: alex.id, directoryScopeId: '/' }] }))
      .refusals[0]?.message).toBe('Alex Wilber already has Helpdesk Administrator at Directory scope.');
    expect(planRoleAssignments(input({
      directoryScopeId: `/administrativeUnits/${SEATTLE}`, scopeObject: { id: SEATTLE, displayName: 'Seattle' },
      existing: [{ roleDefinitionId: HELPDESK_ADMINISTRATOR, principalId: alex.id, directoryScopeId: `/administrativeUnits/${SEATTLE}` }],
    })).refusals[0]?.message).toBe('Alex Wilber already has Helpdesk Administrator at Seattle.');
  });

  it('names the scope as the blades do', () => {
    expect(planRoleAssignments(input({})).scopeName).toBe('Directory');
    expect(planRoleAssignments(input({ directoryScopeId: `/administrativeUnits/${SEATTLE}`, scopeObject: { id: SEATTLE, displayName: 'Seattle' } })).scopeName).toBe('Seattle');
  });
});
