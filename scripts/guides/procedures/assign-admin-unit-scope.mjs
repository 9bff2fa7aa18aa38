import { assignmentAdded, searchMembers, selectAdd, selectAddAssignments, selectInNavigation, selectMember, selectRole } from './steps.mjs';

const unit = 'Seattle';
const role = 'Helpdesk Administrator';
const member = 'Alex Wilber';
const added = `Added ${member} to ${role} at ${unit}.`;

/** Microsoft's "Assign Microsoft Entra roles with administrative unit scope", from the unit's own blade. */
export const assignAdminUnitScope = {
  slug: 'assign-role-admin-unit-scope',
  title: 'Assign a role at administrative-unit scope',
  intro: `A role assigned at an administrative unit applies only to the unit's direct members: a Helpdesk
Administrator for the ${unit} unit can reset the passwords of ${unit}'s users and no one else's. This guide
assigns ${role} over ${unit} to ${member}.`,
  start: '/roles',
  ready: (page) => page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' }),
  steps: [
    selectInNavigation('Admin units', 'Administrative units'),
    {
      name: `select-${unit.toLowerCase()}`,
      say: `Select **${unit}**.`,
      alt: `Administrative units, with ${unit} outlined`,
      target: (page) => page.getByRole('grid', { name: 'Administrative units' }).getByRole('link', { name: unit, exact: true }),
      until: (page) => page.getByRole('heading', { level: 1, name: `${unit} | Overview` }),
    },
    {
      name: 'select-roles-and-administrators',
      say: 'Select **Roles and administrators**.',
      alt: `The ${unit} administrative unit, with the Roles and administrators tab outlined`,
      target: (page) => page.getByRole('tab', { name: 'Roles and administrators' }),
      until: (page) => page.getByRole('heading', { level: 1, name: `${unit} | Roles and administrators` }),
    },
    selectRole(role, { where: `The roles assignable at ${unit}` }),
    selectAddAssignments(role),
    searchMembers('Alex', member),
    selectMember(member),
    selectAdd(added),
  ],
  result: assignmentAdded(added, {
    say: `The portal confirms "${added}" and lists ${member} among the holders of ${role} scoped to ${unit}.`,
    alt: `${role} scoped to ${unit}, with ${member} listed`,
  }),
};
