import { selectInNavigation, typeInto } from './steps.mjs';

const name = 'Contoso Tier 2 Helpdesk';
const description = 'Second-line helpdesk staff. Assign roles to this group, not to each person.';
const toggle = 'Microsoft Entra roles can be assigned to the group';
const panel = (page) => page.getByRole('dialog', { name: 'New group' });
const confirm = (page) => page.getByRole('alertdialog', { name: 'Create a role-assignable group?' });
const created = `Created group ${name}.`;

/** Microsoft's "Create a role-assignable group in Microsoft Entra ID". */
export const createRoleAssignableGroup = {
  slug: 'create-role-assignable-group',
  title: 'Create a role-assignable group',
  intro: `Only a group created with "${toggle}" turned on can hold a Microsoft Entra role; the setting can't be turned
on later. Assigning a role to such a group gives it to every member, so only Privileged Role Administrators and
Global Administrators can create one or change its members. This guide creates ${name}.`,
  start: '/roles',
  ready: (page) => page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' }),
  steps: [
    selectInNavigation('Groups', 'Groups | All groups'),
    {
      name: 'select-new-group',
      say: 'Select **New group**.',
      alt: 'All groups, with New group outlined',
      target: (page) => page.getByRole('button', { name: 'New group' }),
      until: (page) => panel(page).getByRole('textbox', { name: 'Group name' }),
    },
    {
      name: 'enter-group-name',
      say: `In **Group name**, type **${name}**.`,
      alt: 'The New group panel, with Group name outlined',
      target: (page) => panel(page).getByRole('textbox', { name: 'Group name' }),
      act: (box) => typeInto(box, name),
    },
    {
      name: 'enter-group-description',
      say: `In **Group description**, describe what the group is for, for example: *${description}*`,
      alt: 'The New group panel, with Group description outlined',
      target: (page) => panel(page).getByRole('textbox', { name: 'Group description' }),
      act: (box) => typeInto(box, description),
    },
    {
      name: 'turn-on-role-assignment',
      say: `Turn on **${toggle}**.`,
      alt: `The New group panel, with the ${toggle} switch outlined`,
      target: (page) => panel(page).getByRole('switch', { name: toggle }),
      act: (toggleSwitch) => toggleSwitch.check(),
      until: (page) => panel(page).getByText('A group that can be assigned roles is always a security group.'),
    },
    {
      name: 'select-create',
      say: 'Select **Create**.',
      alt: 'The filled-in New group panel, with Create outlined',
      target: (page) => panel(page).getByRole('button', { name: 'Create' }),
      until: confirm,
    },
    {
      name: 'select-yes',
      say: 'The setting can\'t be changed later: to confirm, select **Yes**.',
      alt: 'The Create a role-assignable group confirmation, with Yes outlined',
      target: (page) => confirm(page).getByRole('button', { name: 'Yes' }),
      until: (page) => page.getByRole('heading', { level: 1, name: `${name} | Overview` }),
    },
  ],
  result: {
    name: 'group-created',
    say: `The portal confirms "${created}" and opens the group's Overview, where **${toggle}** is **Yes**. The group can now be selected in **Add assignments**.`,
    alt: `The ${name} group's Overview`,
    shows: (page) => page.getByRole('status').filter({ hasText: created }),
  },
};
