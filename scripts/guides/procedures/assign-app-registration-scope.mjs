import { assignmentAdded, searchMembers, selectAdd, selectAddAssignments, selectAppRegistration, selectInNavigation, selectMember, selectRole, selectRolesAndAdministrators } from './steps.mjs';

const app = 'Contoso HR Portal';
const role = 'Application Administrator';
const member = 'Alex Wilber';
const added = `Added ${member} to ${role} at ${app}.`;

/** Microsoft's "Assign Microsoft Entra roles at application scope", from the app registration's own blade. */
export const assignAppRegistrationScope = {
  slug: 'assign-role-app-registration-scope',
  title: 'Assign a role at app-registration scope',
  intro: `A role assigned at an app registration applies to that one application: an Application Administrator of
${app} can manage its credentials and settings, and no other app's. This guide assigns ${role} over ${app} to
${member}.`,
  start: '/roles',
  ready: (page) => page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' }),
  steps: [
    selectInNavigation('App registrations', 'App registrations'),
    selectAppRegistration(app),
    selectRolesAndAdministrators(app),
    selectRole(role, { where: `The roles assignable at ${app}` }),
    selectAddAssignments(role),
    searchMembers('Alex', member),
    selectMember(member),
    selectAdd(added),
  ],
  result: assignmentAdded(added, {
    say: `The portal confirms "${added}" and lists ${member} among the holders of ${role} scoped to ${app}.`,
    alt: `${role} scoped to ${app}, with ${member} listed`,
  }),
};
