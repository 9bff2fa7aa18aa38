import { describe, expect, it } from 'vitest';
import { countAssignmentsByRole, emptyAssignmentCounts, type AssignmentCounts } from './assignment-counts';
import type { RoleAssignmentInput } from './role-inputs';
import { builtInRole, customRole } from './test-roles';
import { GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR } from './well-known-roles';

const USER = '2b1b9ca5-7c5a-4cbe-9b7b-6b6e4c1d9f10';
const AU = '1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';
const APP = 'd23998b1-8853-4c87-b95f-be97d2de6b49';
const custom = { ...customRole('Contoso app owners', []), templateId: '7c5d1e0b-3a41-4f55-8a1e-2f6f4b1a9c11' };
const roles = [builtInRole(GLOBAL_ADMINISTRATOR), builtInRole(HELPDESK_ADMINISTRATOR), custom];

let next = 0;
function assignment(roleDefinitionId: string, directoryScopeId = '/'): RoleAssignmentInput {
  next += 1;
  return { id: `assignment-${next}`, roleDefinitionId, principalId: USER, directoryScopeId };
}

const counts = (partial: Partial<AssignmentCounts>): AssignmentCounts => ({ ...emptyAssignmentCounts(), ...partial });

describe('countAssignmentsByRole', () => {
  it.each<[string, RoleAssignmentInput[], Record<string, AssignmentCounts>]>([
    ['no assignments: every role at zero', [], {
      [GLOBAL_ADMINISTRATOR]: counts({}),
      [HELPDESK_ADMINISTRATOR]: counts({}),
      [custom.id]: counts({}),
    }],
    ['counts by scope kind', [
      assignment(HELPDESK_ADMINISTRATOR),
      assignment(HELPDESK_ADMINISTRATOR, `/administrativeUnits/${AU}`),
      assignment(HELPDESK_ADMINISTRATOR, `/administrativeUnits/${AU}`),
      assignment(GLOBAL_ADMINISTRATOR),
    ], {
      [GLOBAL_ADMINISTRATOR]: counts({ total: 1, directory: 1 }),
      [HELPDESK_ADMINISTRATOR]: counts({ total: 3, directory: 1, administrativeUnit: 2 }),
      [custom.id]: counts({}),
    }],
    ['resolves a custom role\u2019s template id to its definition', [
      assignment(custom.id, `/${APP}`),
      assignment(custom.templateId),
    ], {
      [GLOBAL_ADMINISTRATOR]: counts({}),
      [HELPDESK_ADMINISTRATOR]: counts({}),
      [custom.id]: counts({ total: 2, directory: 1, application: 1 }),
    }],
    ['matches ids in any case', [assignment(GLOBAL_ADMINISTRATOR.toUpperCase())], {
      [GLOBAL_ADMINISTRATOR]: counts({ total: 1, directory: 1 }),
      [HELPDESK_ADMINISTRATOR]: counts({}),
      [custom.id]: counts({}),
    }],
    ['keeps a role it does not know under its own id', [assignment('99999999-9999-4999-8999-999999999999')], {
      [GLOBAL_ADMINISTRATOR]: counts({}),
      [HELPDESK_ADMINISTRATOR]: counts({}),
      [custom.id]: counts({}),
      '99999999-9999-4999-8999-999999999999': counts({ total: 1, directory: 1 }),
    }],
    ['counts an unreadable scope in the total only', [assignment(GLOBAL_ADMINISTRATOR, '/AccessPackageCatalog/x')], {
      [GLOBAL_ADMINISTRATOR]: counts({ total: 1 }),
      [HELPDESK_ADMINISTRATOR]: counts({}),
      [custom.id]: counts({}),
    }],
  ])('%s', (_case, assignments, expected) => {
    expect(Object.fromEntries(countAssignmentsByRole(assignments, roles))).toEqual(expected);
  });

  it('handles a large tenant in one pass', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => assignment(i % 2 ? GLOBAL_ADMINISTRATOR : custom.templateId));
    const result = countAssignmentsByRole(many, roles);
    expect(result.get(GLOBAL_ADMINISTRATOR)?.total).toBe(25_000);
    expect(result.get(custom.id)?.total).toBe(25_000);
  });
});

describe('eligible holders apart', () => {
  it('counts eligibilities per role, template ids resolved, only roles that have some', async () => {
    const { countEligibleByRole } = await import('./assignment-counts');
    const roles = [{ id: 'AAAAAAAA-0000-4000-8000-000000000001', templateId: 'bbbbbbbb-0000-4000-8000-000000000001' }, { id: 'cccccccc-0000-4000-8000-000000000002', templateId: null }];
    const item = (id: string, roleDefinitionId: string) => ({ id, roleDefinitionId, principalId: '11111111-1111-4111-8111-111111111111', directoryScopeId: null });
    expect(countEligibleByRole([item('1', 'bbbbbbbb-0000-4000-8000-000000000001'), item('2', 'aaaaaaaa-0000-4000-8000-000000000001')], roles)).toEqual({ 'aaaaaaaa-0000-4000-8000-000000000001': 2 });
  });
});
