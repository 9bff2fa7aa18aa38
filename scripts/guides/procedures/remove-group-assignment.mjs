import { searchAllRoles, selectRole } from './steps.mjs';

const role = 'Helpdesk Administrator';
const group = 'Contoso_Helpdesk_Administrators';
const confirm = (page) => page.getByRole('alertdialog', { name: 'Remove assignment' });
const removed = `Removed 1 assignment of ${role}.`;

/** Microsoft's "Remove role assignments from a group", on the demo tenant's Helpdesk Administrator group. */
export const removeGroupAssignment = {
  slug: 'remove-group-assignment',
  title: 'Remove a role assignment from a group',
  intro: `When a role-assignable group holds a role, every member of the group holds it. Removing the group's assignment
takes the role away from all of its members at once; the group and its members stay. This guide removes the
assignment of ${role} from the group ${group}.`,
  start: '/roles',
  ready: (page) => page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' }),
  steps: [
    searchAllRoles('Helpdesk'),
    selectRole(role),
    {
      name: 'select-the-group',
      say: `Select the check box next to **${group}**.`,
      alt: `The ${role} assignments, with the check box of ${group} outlined`,
      target: (page) => page.getByRole('checkbox', { name: `Select ${group} at Directory` }),
      act: (box) => box.check(),
      until: (page) => page.getByText(/ · 1 selected$/),
    },
    {
      name: 'select-remove-assignment',
      say: 'Select **Remove assignment**.',
      alt: `The ${role} assignments with ${group} selected, and Remove assignment outlined`,
      target: (page) => page.getByRole('toolbar', { name: 'Assignment commands' }).getByRole('button', { name: 'Remove assignment' }),
      until: confirm,
    },
    {
      name: 'select-yes',
      say: 'Check the group and the scope in the confirmation, then select **Yes**.',
      alt: 'The Remove assignment confirmation, with Yes outlined',
      target: (page) => confirm(page).getByRole('button', { name: 'Yes' }),
      until: (page) => page.getByRole('status').filter({ hasText: removed }),
    },
  ],
  result: {
    name: 'assignment-removed',
    say: `The portal confirms "${removed}" and ${group} is no longer listed. Its members no longer hold ${role} through the group.`,
    alt: `The ${role} assignments after the removal, without ${group}`,
    shows: (page) => page.getByRole('status').filter({ hasText: removed }),
  },
};
