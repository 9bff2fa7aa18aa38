import { assignmentAdded, searchAllRoles, searchMembers, selectAdd, selectAddAssignments, selectMember, selectRole, addPanel } from './steps.mjs';

const role = 'Groups Administrator';
const member = 'Alex Wilber';
const added = `Added ${member} to ${role} at Directory scope.`;

/** Microsoft's "Assign Microsoft Entra roles to users" at the tenant (Directory) scope. */
export const assignTenantScope = {
  slug: 'assign-role-tenant-scope',
  title: 'Assign a role at tenant scope',
  intro: `A role assigned at Directory scope applies to the whole tenant: every user, group and app that the role's
permissions reach. This guide assigns ${role} to ${member}.`,
  start: '/roles',
  ready: (page) => page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' }),
  steps: [
    searchAllRoles(role),
    selectRole(role),
    selectAddAssignments(role),
    searchMembers('Alex', member),
    selectMember(member),
    {
      name: 'check-scope-type',
      say: 'Under **Scope**, check that **Scope type** is **Directory**, so the role applies to the whole tenant.',
      alt: 'The Add assignments panel, with Scope type set to Directory outlined',
      target: (page) => addPanel(page).getByRole('combobox', { name: 'Scope type' }),
      act: async () => {},
    },
    selectAdd(added),
  ],
  result: assignmentAdded(added, {
    say: `The portal confirms "${added}" and lists ${member} with the scope Directory.`,
    alt: `The ${role} assignments, with ${member} at Directory scope`,
  }),
};
