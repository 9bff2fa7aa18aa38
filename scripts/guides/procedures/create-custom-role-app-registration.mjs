import { assignmentAdded, searchMembers, selectAdd, selectAddAssignments, selectAppRegistration, selectInNavigation, selectMember, selectRole, selectRolesAndAdministrators, typeInto } from './steps.mjs';

const role = 'Contoso App Credential Rotator';
const description = 'Rotates the secrets and certificates of the app registrations it is assigned over.';
const permission = 'microsoft.directory/applications/credentials/update';
const app = 'Contoso HR Portal';
const member = 'Alex Wilber';
const created = `Created custom role ${role}.`;
const added = `Added ${member} to ${role} at ${app}.`;
const wizard = (page) => page.getByRole('form', { name: 'New custom role' });

/**
 * Microsoft's "Create a custom role in Microsoft Entra ID" followed by "Assign Microsoft Entra roles at application
 * scope": a role holding one permission, given to one person over one app registration.
 */
export const createCustomRoleAppRegistration = {
  slug: 'create-custom-role-app-registration',
  title: 'Create a custom role and assign it over one app registration',
  intro: `A custom role holds exactly the permissions you choose from the ones Microsoft allows in custom roles. One that
can only update application credentials, assigned over a single app registration, lets its holder rotate that app's
secrets and certificates and nothing else. This guide creates ${role} and assigns it to ${member} over ${app}.`,
  start: '/roles',
  ready: (page) => page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' }),
  steps: [
    {
      name: 'select-new-custom-role',
      say: 'On **All roles**, select **New custom role**.',
      alt: 'All roles, with New custom role outlined',
      target: (page) => page.getByRole('toolbar', { name: 'All roles commands' }).getByRole('link', { name: 'New custom role' }),
      until: (page) => wizard(page).getByRole('textbox', { name: 'Name' }),
    },
    {
      name: 'enter-name',
      say: `On **Basics**, in **Name**, type **${role}**.`,
      alt: 'The Basics step of New custom role, with Name outlined',
      target: (page) => wizard(page).getByRole('textbox', { name: 'Name' }),
      act: (box) => typeInto(box, role),
    },
    {
      name: 'enter-description',
      say: `In **Description**, type what the role is for, for example: *${description}*`,
      alt: 'The Basics step, with Description outlined',
      target: (page) => wizard(page).getByRole('textbox', { name: 'Description' }),
      act: (box) => typeInto(box, description),
    },
    {
      name: 'select-next-permissions',
      say: 'Select **Next: Permissions**.',
      alt: 'The filled-in Basics step, with Next: Permissions outlined',
      target: (page) => wizard(page).getByRole('button', { name: 'Next: Permissions' }),
      until: (page) => wizard(page).getByRole('searchbox'),
    },
    {
      name: 'search-credentials-update',
      say: 'In **Search permissions**, type **credentials/update**.',
      alt: 'The Permissions step, with Search permissions outlined',
      target: (page) => wizard(page).getByRole('searchbox'),
      act: (box) => typeInto(box, 'credentials/update'),
      until: (page) => wizard(page).getByRole('status').filter({ hasText: /shown$/ }),
    },
    {
      name: 'select-permission',
      say: `Under **App registrations**, select **${permission}**. It is privileged: it can add a secret that signs in as the app, so the role will be labelled PRIVILEGED.`,
      alt: `The permissions found, with ${permission} outlined`,
      target: (page) => wizard(page).getByRole('region', { name: 'App registrations' }).getByRole('checkbox', { name: permission, exact: true }),
      until: (page) => wizard(page).getByRole('status').filter({ hasText: /^1 selected/ }),
    },
    {
      name: 'select-next-review',
      say: 'Select **Next: Review + create**.',
      alt: 'The Permissions step with one permission selected, and Next: Review + create outlined',
      target: (page) => wizard(page).getByRole('button', { name: 'Next: Review + create' }),
      until: (page) => wizard(page).getByRole('region', { name: 'Request body' }),
    },
    {
      name: 'select-create',
      say: 'Check the role as it will be and the request body Microsoft Graph receives, then select **Create**.',
      alt: 'Review + create, with Create outlined',
      target: (page) => wizard(page).getByRole('button', { name: 'Create', exact: true }),
      until: (page) => page.getByRole('status').filter({ hasText: created }),
    },
    selectInNavigation('App registrations', 'App registrations'),
    selectAppRegistration(app),
    selectRolesAndAdministrators(app, { more: `Custom roles whose permissions are an app registration's are listed with the built-in ones.` }),
    selectRole(role, { where: `The roles assignable at ${app}` }),
    selectAddAssignments(role),
    searchMembers('Alex', member),
    selectMember(member),
    selectAdd(added),
  ],
  result: assignmentAdded(added, {
    say: `The portal confirms "${added}" and lists ${member} among the holders of ${role} scoped to ${app}: he can
rotate ${app}'s credentials, and no other app's.`,
    alt: `${role} scoped to ${app}, with ${member} listed`,
  }),
};
