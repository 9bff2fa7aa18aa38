import { describe, expect, it } from 'vitest';
import {
  canManageRoleAssignments,
  isSelfGlobalAdministratorRemoval,
  lastHolderConsequence,
  lastHolderMessage,
  MANAGE_ROLE_ASSIGNMENTS_DENIED,
  removalRefusal,
  SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED,
  wouldRemoveLastHolder,
} from './last-admin';
import type { RoleAssignmentInput } from './role-inputs';
import {
  APPLICATION_ADMINISTRATOR,
  DIRECTORY_READERS,
  GLOBAL_ADMINISTRATOR,
  GLOBAL_READER,
  HELPDESK_ADMINISTRATOR,
  PRIVILEGED_ROLE_ADMINISTRATOR,
} from './well-known-roles';
import { builtInRoleFact } from './builtin-role-facts';

const ME = '2b1b9ca5-7c5a-4cbe-9b7b-6b6e4c1d9f10';
const OTHER = '3c2cadb6-8d6b-4dcf-8c8c-7c7f5d2e0a21';
const AU = '/administrativeUnits/1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';

const a = (id: string, roleDefinitionId: string, principalId = OTHER, directoryScopeId = '/'): RoleAssignmentInput => ({
  id, roleDefinitionId, principalId, directoryScopeId,
});

describe('well-known role ids', () => {
  it.each([
    [GLOBAL_ADMINISTRATOR, 'Global Administrator'],
    [PRIVILEGED_ROLE_ADMINISTRATOR, 'Privileged Role Administrator'],
    [GLOBAL_READER, 'Global Reader'],
    [DIRECTORY_READERS, 'Directory Readers'],
    [HELPDESK_ADMINISTRATOR, 'Helpdesk Administrator'],
    [APPLICATION_ADMINISTRATOR, 'Application Administrator'],
  ])('%s is %s in Microsoft\u2019s catalog', (id, name) => {
    expect(builtInRoleFact(id)?.displayName).toBe(name);
  });
});

describe('isSelfGlobalAdministratorRemoval', () => {
  it.each([
    ['my own Global Administrator assignment', a('x', GLOBAL_ADMINISTRATOR, ME), true],
    ['my own, ids in upper case', a('x', GLOBAL_ADMINISTRATOR.toUpperCase(), ME.toUpperCase()), true],
    ['someone else\u2019s Global Administrator assignment', a('x', GLOBAL_ADMINISTRATOR, OTHER), false],
    ['my own Privileged Role Administrator assignment', a('x', PRIVILEGED_ROLE_ADMINISTRATOR, ME), false],
  ])('%s: %s', (_case, assignment, expected) => {
    expect(isSelfGlobalAdministratorRemoval(assignment, ME)).toBe(expected);
  });
});

describe('wouldRemoveLastHolder', () => {
  const ga1 = a('ga1', GLOBAL_ADMINISTRATOR);
  const ga2 = a('ga2', GLOBAL_ADMINISTRATOR, ME);
  const pra1 = a('pra1', PRIVILEGED_ROLE_ADMINISTRATOR);
  const hd1 = a('hd1', HELPDESK_ADMINISTRATOR);
  const hdAu = a('hdAu', HELPDESK_ADMINISTRATOR, OTHER, AU);

  it.each<[string, string, RoleAssignmentInput[], string[], boolean]>([
    ['removing one of two Global Administrators', GLOBAL_ADMINISTRATOR, [ga1, ga2], ['ga1'], false],
    ['removing both Global Administrators', GLOBAL_ADMINISTRATOR, [ga1, ga2], ['ga1', 'ga2'], true],
    ['removing the only Global Administrator', GLOBAL_ADMINISTRATOR, [ga1], ['ga1'], true],
    ['removing the only Privileged Role Administrator', PRIVILEGED_ROLE_ADMINISTRATOR, [pra1], ['pra1'], true],
    ['removing nothing', GLOBAL_ADMINISTRATOR, [ga1], [], false],
    ['an id that is not an assignment of the role', GLOBAL_ADMINISTRATOR, [ga1], ['pra1'], false],
    ['a role with no tenant-scope assignment to begin with', GLOBAL_ADMINISTRATOR, [], ['ga1'], false],
    ['removing the only Helpdesk Administrator (not protected)', HELPDESK_ADMINISTRATOR, [hd1], ['hd1'], false],
    ['the template id in upper case', GLOBAL_ADMINISTRATOR.toUpperCase(), [ga1], ['ga1'], true],
    ['assignments of other roles mixed in do not count as holders', GLOBAL_ADMINISTRATOR, [ga1, pra1, hdAu], ['ga1'], true],
  ])('%s: %s', (_case, roleId, assignments, toRemove, expected) => {
    expect(wouldRemoveLastHolder(roleId, assignments, toRemove)).toBe(expected);
  });
});

describe('removalRefusal', () => {
  const mine = a('ga-me', GLOBAL_ADMINISTRATOR, ME);
  const theirs = a('ga-other', GLOBAL_ADMINISTRATOR, OTHER);

  it.each<[string, string, RoleAssignmentInput[], string[], string | null]>([
    ['my own Global Administrator assignment', GLOBAL_ADMINISTRATOR, [mine, theirs], ['ga-me'], SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED],
    ['another admin\u2019s, with mine left', GLOBAL_ADMINISTRATOR, [mine, theirs], ['ga-other'], null],
    ['the last Global Administrator, not me', GLOBAL_ADMINISTRATOR, [theirs], ['ga-other'], lastHolderMessage(GLOBAL_ADMINISTRATOR)],
    ['the last Privileged Role Administrator', PRIVILEGED_ROLE_ADMINISTRATOR, [a('p', PRIVILEGED_ROLE_ADMINISTRATOR)], ['p'], 'This is the last Privileged Role Administrator assignment at directory scope: it goes only with a second confirmation.'],
    ['a Helpdesk Administrator', HELPDESK_ADMINISTRATOR, [a('h', HELPDESK_ADMINISTRATOR, ME)], ['h'], null],
  ])('%s', (_case, roleTemplateId, assignmentsOfRole, toRemoveIds, expected) => {
    expect(removalRefusal({ roleTemplateId, assignmentsOfRole, toRemoveIds, signedInUserId: ME })).toBe(expected);
  });
});

describe('canManageRoleAssignments', () => {
  it.each<[string, string[], boolean]>([
    ['Privileged Role Administrator', [PRIVILEGED_ROLE_ADMINISTRATOR], true],
    ['Global Administrator', [GLOBAL_ADMINISTRATOR], true],
    ['Global Reader and Helpdesk Administrator', [GLOBAL_READER, HELPDESK_ADMINISTRATOR], false],
    ['no roles', [], false],
    ['PRA with the id in upper case', [PRIVILEGED_ROLE_ADMINISTRATOR.toUpperCase()], true],
  ])('%s: %s', (_case, held, expected) => {
    expect(canManageRoleAssignments(held)).toBe(expected);
  });

  it('explains the refusal in Entra\u2019s terms', () => {
    expect(MANAGE_ROLE_ASSIGNMENTS_DENIED).toBe(
      'You need the Privileged Role Administrator or Global Administrator role to change role assignments.',
    );
  });
});

describe('lastHolderConsequence', () => {
  it('says that Global Administrators can still manage role assignments when the last PRA goes', () => {
    expect(lastHolderConsequence(PRIVILEGED_ROLE_ADMINISTRATOR, 3)).toEqual({
      message: 'After this, no one holds Privileged Role Administrator at directory scope. 3 assignments of Global Administrator at directory scope remain, and Global Administrators can still manage role assignments.',
      confirmation: 'I understand that no one will hold Privileged Role Administrator at directory scope.',
    });
  });

  it('says what PRAs can and cannot do when the last Global Administrator goes', () => {
    expect(lastHolderConsequence(GLOBAL_ADMINISTRATOR, 1).message).toBe(
      'After this, no one holds Global Administrator at directory scope. 1 assignment of Privileged Role Administrator at directory scope remains, and they can still manage role assignments, though not everything else a Global Administrator can.',
    );
  });

  it('keeps the strong words for the case where no one could manage role assignments', () => {
    const { message, confirmation } = lastHolderConsequence(PRIVILEGED_ROLE_ADMINISTRATOR, 0);
    expect(message).toContain('no one will be able to manage role assignments in this tenant');
    expect(confirmation).toContain('no one will be able to manage role assignments');
  });

  it('says only what is certain when the other role could not be counted', () => {
    expect(lastHolderConsequence(GLOBAL_ADMINISTRATOR, null).message).toBe('After this, no one holds Global Administrator at directory scope.');
  });
});
