import { describe, expect, it } from 'vitest';
import { lastHolderMessage, SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED } from './last-admin';
import { planRemoval, STALE_SELECTION_MESSAGE } from './removal-plan';
import type { RoleAssignmentInput } from './role-inputs';
import { GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, PRIVILEGED_ROLE_ADMINISTRATOR } from './well-known-roles';

const ME = '2b1b9ca5-7c5a-4cbe-9b7b-6b6e4c1d9f10';
const OTHER = '3c2cadb6-8d6b-4dcf-8c8c-7c7f5d2e0a21';
const AU = '/administrativeUnits/1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';

const a = (id: string, roleDefinitionId: string, principalId = OTHER, directoryScopeId = '/'): RoleAssignmentInput => ({
  id, roleDefinitionId, principalId, directoryScopeId,
});

const plan = (roleTemplateId: string, assignmentsOfRole: RoleAssignmentInput[], requestedIds: string[], lastHolderConfirmed = false) =>
  planRemoval({ roleTemplateId, assignmentsOfRole, requestedIds, signedInUserId: ME, lastHolderConfirmed });

describe('planRemoval', () => {
  const helpdesk = [a('hd1', HELPDESK_ADMINISTRATOR), a('hd2', HELPDESK_ADMINISTRATOR, ME), a('hdAu', HELPDESK_ADMINISTRATOR, OTHER, AU)];
  const globalAdmins = [a('ga1', GLOBAL_ADMINISTRATOR), a('ga2', GLOBAL_ADMINISTRATOR, ME)];
  const pra = [a('pra1', PRIVILEGED_ROLE_ADMINISTRATOR), a('praAu', PRIVILEGED_ROLE_ADMINISTRATOR, OTHER, AU)];

  it('removes ordinary assignments, mine included, at any scope', () => {
    expect(plan(HELPDESK_ADMINISTRATOR, helpdesk, ['hd1', 'hd2', 'hdAu', 'hd1'])).toEqual({
      kind: 'ready', removing: helpdesk, lastHolder: false,
    });
  });

  it.each([
    ['an id of another role', ['hd1', 'ga1']],
    ['an id removed meanwhile', ['gone']],
  ])('refuses everything for %s', (_case, ids) => {
    expect(plan(HELPDESK_ADMINISTRATOR, helpdesk, ids)).toMatchObject({ kind: 'stale', message: STALE_SELECTION_MESSAGE });
  });

  it('refuses my own Global Administrator assignment, even alongside others', () => {
    expect(plan(GLOBAL_ADMINISTRATOR, globalAdmins, ['ga1', 'ga2'])).toEqual({ kind: 'refused', message: SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED });
  });

  it('removes another Global Administrator while one remains', () => {
    expect(plan(GLOBAL_ADMINISTRATOR, globalAdmins, ['ga1'])).toMatchObject({ kind: 'ready', lastHolder: false });
  });

  it.each([
    ['unconfirmed', false, 'needsConfirmation'],
    ['confirmed', true, 'ready'],
  ])('the last Privileged Role Administrator at directory scope, %s', (_case, confirmed, kind) => {
    const result = plan(PRIVILEGED_ROLE_ADMINISTRATOR, pra, ['pra1'], confirmed);
    expect(result.kind).toBe(kind);
    if (result.kind === 'needsConfirmation') expect(result.message).toBe(lastHolderMessage(PRIVILEGED_ROLE_ADMINISTRATOR));
    if (result.kind === 'ready') expect(result.lastHolder).toBe(true);
  });

  it('does not ask twice for a scoped Privileged Role Administrator assignment', () => {
    expect(plan(PRIVILEGED_ROLE_ADMINISTRATOR, pra, ['praAu'])).toMatchObject({ kind: 'ready', lastHolder: false });
  });
});
