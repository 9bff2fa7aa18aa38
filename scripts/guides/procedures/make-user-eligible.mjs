import { addPanel, searchAllRoles, searchMembers, selectAdd, selectAddAssignments, selectMember, selectRole, typeInto } from './steps.mjs';

const role = 'Exchange Administrator';
const member = 'Diego Siciliani';
const justification = 'Covers the Exchange on-call rota';
const added = `${member} added as eligible to ${role} at Directory scope.`;
const eligibleTab = (page) => page.getByRole('tab', { name: /^Eligible assignments/ });
const memberRow = (page) => page.getByRole('grid').getByRole('row').filter({ hasText: member });

/** Microsoft's "Assign Microsoft Entra roles in Privileged Identity Management", as an eligible assignment. */
export const makeUserEligible = {
  slug: 'make-user-eligible',
  title: 'Make a user eligible for a role',
  intro: `An eligible user doesn't hold the role until they activate it, for a few hours at a time, from My roles: the
role's permissions are there only when needed. This guide makes ${member} permanently eligible for ${role}.`,
  start: '/roles',
  ready: (page) => page.getByRole('heading', { level: 1, name: 'Roles and administrators | All roles' }),
  steps: [
    searchAllRoles('Exchange'),
    selectRole(role),
    selectAddAssignments(role),
    searchMembers('Diego', member),
    selectMember(member),
    {
      name: 'select-eligible',
      say: 'Under **Setting**, read the role\u2019s settings, then for **Assignment type** select **Eligible**.',
      alt: 'The Setting step of the Add assignments panel, with the Eligible assignment type outlined',
      target: (page) => addPanel(page).getByRole('radio', { name: 'Eligible' }),
      act: (radio) => radio.check(),
      until: (page) => addPanel(page).getByText('Eligible assignments may be permanent.'),
    },
    {
      name: 'check-permanently-eligible',
      say: 'Check that **Permanently eligible** is selected, so the eligibility has no end date.',
      alt: 'The Setting step, with Permanently eligible outlined',
      target: (page) => addPanel(page).getByRole('checkbox', { name: 'Permanently eligible' }),
      act: async () => {},
    },
    {
      name: 'type-justification',
      say: `In **Justification**, type why ${member.split(' ')[0]} needs the role: **${justification}**.`,
      alt: 'The Setting step, with the Justification box outlined',
      target: (page) => addPanel(page).getByRole('textbox', { name: 'Justification' }),
      act: (box) => typeInto(box, justification),
    },
    selectAdd(added),
    {
      name: 'select-eligible-assignments',
      say: 'Select the **Eligible assignments** tab.',
      alt: `The ${role} blade, with the Eligible assignments tab outlined`,
      target: eligibleTab,
      until: memberRow,
    },
  ],
  result: {
    name: 'user-eligible',
    say: `${member} is listed under **Eligible assignments**, with the type Eligible and the end time Permanent. ${member.split(' ')[0]} activates ${role} from **My roles** when needed.`,
    alt: `The ${role} Eligible assignments, with ${member} listed as permanently eligible`,
    shows: memberRow,
  },
};
