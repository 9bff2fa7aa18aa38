import { describe, expect, it } from 'vitest';
import { effectiveRoleAssignments, type AssignmentPath } from './inherited-roles';
import type { GroupInput, RoleAssignmentInput } from './role-inputs';
import { builtInRole } from './test-roles';
import { GLOBAL_READER, HELPDESK_ADMINISTRATOR, DIRECTORY_READERS } from './well-known-roles';

const ALICE = '2b1b9ca5-7c5a-4cbe-9b7b-6b6e4c1d9f10';
const BOB = '3c2cadb6-8d6b-4dcf-8c8c-7c7f5d2e0a21';
const HELPDESK_TEAM: GroupInput = { id: 'a1000000-0000-4000-8000-000000000001', displayName: 'Helpdesk team', isAssignableToRole: true };
const AUDITORS: GroupInput = { id: 'a1000000-0000-4000-8000-000000000002', displayName: 'Auditors', isAssignableToRole: true };
const SOCIAL: GroupInput = { id: 'a1000000-0000-4000-8000-000000000003', displayName: 'Social club', isAssignableToRole: null };
const AU = '1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';
const roles = [builtInRole(HELPDESK_ADMINISTRATOR), builtInRole(GLOBAL_READER), builtInRole(DIRECTORY_READERS)];

const a = (id: string, roleDefinitionId: string, principalId: string, directoryScopeId = '/'): RoleAssignmentInput => ({
  id, roleDefinitionId, principalId, directoryScopeId,
});

type Row = [assignmentId: string, role: string | null, via: AssignmentPath];

function rows(assignments: RoleAssignmentInput[], memberOf: GroupInput[]): Row[] {
  return effectiveRoleAssignments({ userId: ALICE, assignments, memberOf, roles }).map((row) => [
    row.assignment.id,
    row.role?.displayName ?? null,
    row.via,
  ]);
}

const direct: AssignmentPath = { kind: 'direct' };
const viaGroup = (group: GroupInput): AssignmentPath => ({ kind: 'group', groupId: group.id, groupDisplayName: group.displayName });

describe('effectiveRoleAssignments', () => {
  it.each<[string, RoleAssignmentInput[], GroupInput[], Row[]]>([
    ['no assignments', [], [HELPDESK_TEAM], []],
    ['a direct assignment', [a('ra1', GLOBAL_READER, ALICE)], [], [['ra1', 'Global Reader', direct]]],
    [
      'Microsoft\u2019s Alice example: direct, via a group, via another group at AU scope',
      [
        a('ra1', GLOBAL_READER, ALICE),
        a('ra2', HELPDESK_ADMINISTRATOR, HELPDESK_TEAM.id),
        a('ra3', HELPDESK_ADMINISTRATOR, AUDITORS.id, `/administrativeUnits/${AU}`),
      ],
      [HELPDESK_TEAM, AUDITORS],
      [
        ['ra1', 'Global Reader', direct],
        ['ra2', 'Helpdesk Administrator', viaGroup(HELPDESK_TEAM)],
        ['ra3', 'Helpdesk Administrator', viaGroup(AUDITORS)],
      ],
    ],
    [
      'someone else\u2019s assignments and groups the user is not in',
      [a('ra1', GLOBAL_READER, BOB), a('ra2', GLOBAL_READER, AUDITORS.id)],
      [HELPDESK_TEAM],
      [],
    ],
    [
      'a group that is not role-assignable passes nothing on',
      [a('ra1', GLOBAL_READER, SOCIAL.id)],
      [SOCIAL],
      [],
    ],
    [
      'the same role both directly and via a group: direct first, then groups by name',
      [
        a('ra1', HELPDESK_ADMINISTRATOR, HELPDESK_TEAM.id),
        a('ra2', HELPDESK_ADMINISTRATOR, AUDITORS.id),
        a('ra3', HELPDESK_ADMINISTRATOR, ALICE),
      ],
      [HELPDESK_TEAM, AUDITORS],
      [
        ['ra3', 'Helpdesk Administrator', direct],
        ['ra2', 'Helpdesk Administrator', viaGroup(AUDITORS)],
        ['ra1', 'Helpdesk Administrator', viaGroup(HELPDESK_TEAM)],
      ],
    ],
    [
      'sorted by role name, then directory before administrative unit',
      [
        a('ra1', HELPDESK_ADMINISTRATOR, ALICE, `/administrativeUnits/${AU}`),
        a('ra2', HELPDESK_ADMINISTRATOR, ALICE),
        a('ra3', DIRECTORY_READERS, ALICE),
      ],
      [],
      [
        ['ra3', 'Directory Readers', direct],
        ['ra2', 'Helpdesk Administrator', direct],
        ['ra1', 'Helpdesk Administrator', direct],
      ],
    ],
    [
      'ids in another case still match',
      [a('ra1', GLOBAL_READER.toUpperCase(), ALICE.toUpperCase())],
      [],
      [['ra1', 'Global Reader', direct]],
    ],
    [
      'a role not passed in keeps its row, with no role',
      [a('ra1', '99999999-9999-4999-8999-999999999999', ALICE)],
      [],
      [['ra1', null, direct]],
    ],
  ])('%s', (_case, assignments, memberOf, expected) => {
    expect(rows(assignments, memberOf)).toEqual(expected);
  });

  it('returns the caller\u2019s assignment objects unchanged', () => {
    const original = { ...a('ra1', GLOBAL_READER, ALICE), extra: 'kept' };
    const [row] = effectiveRoleAssignments({ userId: ALICE, assignments: [original], memberOf: [], roles });
    expect(row?.assignment).toBe(original);
  });
});
