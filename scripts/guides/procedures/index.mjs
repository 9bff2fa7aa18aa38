// The documented procedures, in the order the index lists them.
import { assignAdminUnitScope } from './assign-admin-unit-scope.mjs';
import { assignAppRegistrationScope } from './assign-app-registration-scope.mjs';
import { assignTenantScope } from './assign-tenant-scope.mjs';
import { createRoleAssignableGroup } from './create-role-assignable-group.mjs';
import { makeUserEligible } from './make-user-eligible.mjs';
import { removeGroupAssignment } from './remove-group-assignment.mjs';
import { activateEligibleRole } from './activate-eligible-role.mjs';
import { createCustomRoleAppRegistration } from './create-custom-role-app-registration.mjs';

export const procedures = [assignTenantScope, assignAdminUnitScope, assignAppRegistrationScope, createRoleAssignableGroup, removeGroupAssignment, makeUserEligible, activateEligibleRole, createCustomRoleAppRegistration];

/**
 * The one procedure of `--fast` (the test command): it creates an object whose id is on screen, types text (caret)
 * and opens a panel and a dialog, so it exercises everything that could make two runs differ.
 */
export const fastProcedure = createRoleAssignableGroup;
