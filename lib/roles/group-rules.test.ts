import { describe, expect, it } from 'vitest';
import {
  DYNAMIC_MEMBERS_REFUSED,
  GROUP_MEMBERS_DENIED,
  ROLE_ASSIGNABLE_MEMBERS_DENIED,
  canCreateGroups,
  groupTypeLabel,
  mailNicknameFrom,
  memberKindRefusal,
  membershipChangeRefusal,
  membershipTypeLabel,
  newGroupBody,
  type AdminFacts,
  type NewGroupInput,
} from './group-rules';

const pra: AdminFacts = { canManageRoleAssignments: true, tenantRoleNames: ['Privileged Role Administrator'] };
const groupsAdmin: AdminFacts = { canManageRoleAssignments: false, tenantRoleNames: ['Groups Administrator'] };
const reader: AdminFacts = { canManageRoleAssignments: false, tenantRoleNames: ['Global Reader'] };
const nobody: AdminFacts = { canManageRoleAssignments: false, tenantRoleNames: [] };

const roleAssignable = { isAssignableToRole: true, securityEnabled: true, mailEnabled: false, groupTypes: [] };
const security = { isAssignableToRole: false, securityEnabled: true, mailEnabled: false, groupTypes: [] };
const m365 = { isAssignableToRole: false, securityEnabled: false, mailEnabled: true, groupTypes: ['Unified'] };
const dynamic = { isAssignableToRole: false, securityEnabled: true, mailEnabled: false, groupTypes: ['DynamicMembership'] };

describe('newGroupBody', () => {
  const base: NewGroupInput = { kind: 'security', displayName: ' Tier 2 ', description: '', mailNickname: 'Tier2', isAssignableToRole: false };
  it.each<[string, NewGroupInput, Partial<ReturnType<typeof newGroupBody>>]>([
    ['a security group', base, { securityEnabled: true, mailEnabled: false, groupTypes: [], isAssignableToRole: false, displayName: 'Tier 2' }],
    ['a Microsoft 365 group', { ...base, kind: 'microsoft365' }, { securityEnabled: false, mailEnabled: true, groupTypes: ['Unified'] }],
    ['a role-assignable group', { ...base, isAssignableToRole: true }, { securityEnabled: true, mailEnabled: false, groupTypes: [], isAssignableToRole: true }],
    ['a role-assignable group asked as Microsoft 365 (forced to security)', { ...base, kind: 'microsoft365', isAssignableToRole: true },
      { securityEnabled: true, mailEnabled: false, groupTypes: [], isAssignableToRole: true }],
  ])('sends %s', (_, input, expected) => {
    expect(newGroupBody(input)).toMatchObject(expected);
  });

  it('never sends DynamicMembership, and leaves out an empty description', () => {
    const body = newGroupBody({ ...base, description: '   ' });
    expect(body.groupTypes).not.toContain('DynamicMembership');
    expect(body).not.toHaveProperty('description');
    expect(newGroupBody({ ...base, description: ' Desk ' }).description).toBe('Desk');
  });
});

describe('membershipChangeRefusal', () => {
  it.each([
    ['a PRA, role-assignable group', roleAssignable, pra, null],
    ['a Groups Administrator, role-assignable group', roleAssignable, groupsAdmin, ROLE_ASSIGNABLE_MEMBERS_DENIED],
    ['a Groups Administrator, security group', security, groupsAdmin, null],
    ['a Global Reader, security group', security, reader, GROUP_MEMBERS_DENIED],
    ['no role, Microsoft 365 group', m365, nobody, GROUP_MEMBERS_DENIED],
    ['a PRA, dynamic group', dynamic, pra, DYNAMIC_MEMBERS_REFUSED],
  ])('%s', (_, group, admin, expected) => {
    expect(membershipChangeRefusal(group, admin)).toBe(expected);
  });
});

describe('labels and small rules', () => {
  it.each([
    [roleAssignable, 'Security', 'Assigned'],
    [m365, 'Microsoft 365', 'Assigned'],
    [dynamic, 'Security', 'Dynamic'],
    [{ securityEnabled: false, mailEnabled: true, groupTypes: [] }, 'Distribution', 'Assigned'],
  ])('labels %j', (group, type, membership) => {
    expect(groupTypeLabel(group)).toBe(type);
    expect(membershipTypeLabel(group)).toBe(membership);
  });

  it('lets group managers create groups, not readers', () => {
    expect([pra, groupsAdmin, reader, nobody].map(canCreateGroups)).toEqual([true, true, false, false]);
  });

  it('refuses a group inside a role-assignable group only', () => {
    expect(memberKindRefusal(roleAssignable, 'group')).toMatch(/nesting/);
    expect(memberKindRefusal(roleAssignable, 'user')).toBeNull();
    expect(memberKindRefusal(security, 'group')).toBeNull();
  });

  it.each([
    ['Contoso Tier 2', 'ContosoTier2'],
    ["Shannon's team", 'Shannonsteam'],
    ['Équipe sécurité', 'Equipesecurite'],
    ['  ', ''],
  ])('derives a mail nickname from %j', (name, nickname) => {
    expect(mailNicknameFrom(name)).toBe(nickname);
  });
});
