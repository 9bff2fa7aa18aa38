import { accounts, pimSeed } from '../../../tests/demo-tenant.mjs';
import { typeInto } from './steps.mjs';

const { alexEligibleUserAdministrator: eligible } = pimSeed.items;
const role = eligible.roleName;
const alex = accounts.noAdminRole;
const hours = '2 hours';
const justification = 'Onboarding this week\u2019s new starters';
const panel = (page) => page.getByRole('dialog', { name: 'Activate' });
const activated = `${role} is active now`;

/** Microsoft's "Activate a Microsoft Entra role in PIM", as Alex Wilber, eligible for User Administrator. */
export const activateEligibleRole = {
  slug: 'activate-eligible-role',
  title: 'Activate an eligible role',
  intro: `An eligible assignment gives you a role only when you activate it, for a few hours at a time, with a reason
that is kept with the request and in the audit log. Until then you hold no permissions of the role. This guide
activates ${role} at Directory scope for ${hours}.`,
  account: {
    ...alex,
    role: `eligible ${role}`,
    before: `sign in to Roles Portal as the person who is eligible for the role (in the demo tenant: ${alex.displayName},
\`${alex.upn}\`, eligible for ${role}). No administrator role is needed to activate your own eligible role.`,
  },
  start: '/my-roles',
  ready: (page) => page.getByRole('grid', { name: 'My eligible assignments' }),
  steps: [
    {
      name: 'select-activate',
      say: `On **My roles**, under **Eligible assignments**, select **Activate** in the row of **${role}**.`,
      alt: `My roles, Eligible assignments, with Activate of ${role} outlined`,
      target: (page) => page.getByRole('button', { name: `Activate ${role} at Directory` }),
      until: (page) => panel(page).getByRole('combobox', { name: 'Duration (hours)' }),
    },
    {
      name: 'choose-duration',
      say: `In **Duration (hours)**, choose **${hours}**. The list goes up to the longest activation the role's settings allow.`,
      alt: 'The Activate panel, with Duration (hours) outlined',
      target: (page) => panel(page).getByRole('combobox', { name: 'Duration (hours)' }),
      act: async (box, page) => {
        await box.click();
        await page.getByRole('option', { name: hours, exact: true }).click();
      },
      until: (page) => panel(page).getByRole('combobox', { name: 'Duration (hours)' }).filter({ hasText: hours }),
    },
    {
      name: 'enter-justification',
      say: `In **Justification**, say why you need the role now, for example: *${justification}*`,
      alt: 'The Activate panel, with Justification outlined',
      target: (page) => panel(page).getByRole('textbox', { name: 'Justification' }),
      act: (box) => typeInto(box, justification),
    },
    {
      name: 'select-activate-in-panel',
      say: 'Check the role\u2019s activation settings at the bottom of the panel, then select **Activate**.',
      alt: 'The filled-in Activate panel, with Activate outlined',
      target: (page) => panel(page).getByRole('button', { name: 'Activate', exact: true }),
      until: (page) => page.getByRole('status').filter({ hasText: activated }),
    },
    {
      name: 'select-active-assignments',
      say: 'Select **Active assignments**.',
      alt: 'My roles after the activation, with the Active assignments tab outlined',
      target: (page) => page.getByRole('tab', { name: /^Active assignments/ }),
      until: (page) => page.getByRole('grid', { name: 'My role assignments' }).getByRole('row').filter({ hasText: role }),
    },
  ],
  result: {
    name: 'role-active',
    say: `The portal confirms "${activated}, until …" with the time it ends, as Microsoft Graph answered. ${role} is listed
under **Active assignments** as **Activated**, with its end time and the time left. Select **Deactivate** when you are
done; otherwise it ends on its own.`,
    alt: `Active assignments, with ${role} activated and its time left`,
    shows: (page) => page.getByRole('grid', { name: 'My role assignments' }).getByRole('row').filter({ hasText: 'Activated' }),
  },
};
