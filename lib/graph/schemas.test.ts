import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RoleAssignmentInput, RoleDefinitionInput } from '@/lib/roles/role-inputs';
import { roleAssignmentSchema, roleDefinitionSchema, userSchema, type RoleAssignment, type RoleDefinition } from './schemas';

// Graph adds properties over time and returns extras such as resourceScope; what we read must be exactly right.
describe('schemas', () => {
  const assignment = {
    '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
    id: 'lAPpYvVpN0KRkAEhdxReEMmO4KwRqtpKkUWt3wOYIz4-1',
    principalId: 'ace08ec9-0e0b-4a3f-9e58-5c9f5f0e1d2a',
    roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10',
    directoryScopeId: '/',
    resourceScope: '/',
    appScopeId: null,
    condition: null,
  };

  it('accepts properties it does not use, and drops them', () => {
    const parsed = roleAssignmentSchema.parse(assignment);
    expect(parsed).toEqual({
      id: assignment.id,
      principalId: assignment.principalId,
      roleDefinitionId: assignment.roleDefinitionId,
      directoryScopeId: '/',
    });
  });

  it('refuses a non-GUID where it expects one, and a missing property it uses', () => {
    expect(roleAssignmentSchema.safeParse({ ...assignment, principalId: 'Megan' }).success).toBe(false);
    expect(roleAssignmentSchema.safeParse({ ...assignment, directoryScopeId: undefined }).success).toBe(false);
    expect(userSchema.safeParse({ id: assignment.principalId, displayName: 'Megan Bowen' }).success).toBe(false);
  });

  it('accepts an opaque assignment id', () => {
    expect(roleAssignmentSchema.safeParse({ ...assignment, id: 'any-opaque_id' }).success).toBe(true);
  });

  it('keeps built-in role facts typed', () => {
    expect(
      roleDefinitionSchema.safeParse({
        id: '62e90394-69f5-4237-9190-012177145e10',
        displayName: 'Global Administrator',
        isBuiltIn: 'yes',
        isEnabled: true,
        rolePermissions: [],
      }).success,
    ).toBe(false);
  });

  it('produces types lib/roles accepts unchanged', () => {
    expectTypeOf<RoleDefinition>().toExtend<RoleDefinitionInput>();
    expectTypeOf<RoleAssignment>().toExtend<RoleAssignmentInput>();
  });
});
