// Steps that several procedures share, in Entra's words. Each step names the control to act on by its role and
// accessible name (what a screen reader would announce), never by CSS.

/**
 * Types into a text box as a person does: select it, then type. Focusing it without the pointer (as Playwright's
 * fill() alone does) counts as keyboard navigation for Fluent (keyborg) when the last click was more than a second
 * ago, and keyboard navigation shows focus rings (a highlighted first search result): on a busy machine in one run
 * and not in the next.
 */
export async function typeInto(box, text) {
  await box.click();
  await box.fill(text);
}

const nav = (page) => page.getByRole('navigation', { name: 'Portal navigation' });
const addPanel = (page) => page.getByRole('dialog', { name: 'Add assignments' });

/** Select an item of the left navigation, and wait for its blade's heading. */
export function selectInNavigation(label, heading) {
  return {
    name: `select-${slugOf(label)}`,
    say: `In the left navigation, select **${label}**.`,
    alt: `The portal's left navigation, with ${label} outlined`,
    target: (page) => nav(page).getByRole('link', { name: label, exact: true }),
    until: (page) => page.getByRole('heading', { level: 1, name: heading }),
  };
}

/** Type in the All roles search box, and wait until the list has narrowed (the next step selects the role). */
export function searchAllRoles(text) {
  return {
    name: `search-${slugOf(text)}`,
    say: `In **Search by name or description**, type **${text}**.`,
    alt: 'All roles, with the search box outlined',
    target: (page) => page.getByRole('searchbox', { name: 'Search by name or description' }),
    act: (box) => typeInto(box, text),
    until: (page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ roles$/ }),
  };
}

/** On App registrations, select one app, and wait for its Overview. */
export function selectAppRegistration(app) {
  return {
    name: `select-${slugOf(app)}`,
    say: `Select **${app}**.`,
    alt: `App registrations, with ${app} outlined`,
    target: (page) => page.getByRole('grid', { name: 'App registrations' }).getByRole('link', { name: app, exact: true }),
    until: (page) => page.getByRole('heading', { level: 1, name: `${app} | Overview` }),
  };
}

/** On an app's or a unit's blade, select its Roles and administrators tab; `more` follows the instruction. */
export function selectRolesAndAdministrators(name, { kind = 'app registration', more = '' } = {}) {
  return {
    name: 'select-roles-and-administrators',
    say: `Select **Roles and administrators**.${more ? ` ${more}` : ''}`,
    alt: `The ${name} ${kind}, with the Roles and administrators tab outlined`,
    target: (page) => page.getByRole('tab', { name: 'Roles and administrators' }),
    until: (page) => page.getByRole('heading', { level: 1, name: `${name} | Roles and administrators` }),
  };
}

const roleLink = (page, role) => page.getByRole('link', { name: role, exact: true });

/** Select a role in a list of roles, and wait for its Assignments blade. */
export function selectRole(role, { where = 'All roles' } = {}) {
  return {
    name: `select-${slugOf(role)}`,
    say: `Select **${role}**.`,
    alt: `${where}, with ${role} outlined`,
    target: (page) => roleLink(page, role),
    until: (page) => page.getByRole('heading', { level: 1, name: `${role} | Assignments` }),
  };
}

export function selectAddAssignments(role) {
  return {
    name: 'select-add-assignments',
    say: 'Select **Add assignments**.',
    alt: `The ${role} blade, with Add assignments outlined`,
    target: (page) => page.getByRole('toolbar', { name: 'Assignment commands' }).getByRole('button', { name: 'Add assignments' }),
    until: (page) => addPanel(page).getByRole('heading', { name: 'Select member(s)' }),
  };
}

/** Type in the Add assignments panel's member search, and wait for the person in the results. */
export function searchMembers(text, member) {
  return {
    name: `search-${slugOf(text)}`,
    say: `Under **Select member(s)**, in **Search members**, type **${text}**.`,
    alt: 'The Add assignments panel, with Search members outlined',
    target: (page) => addPanel(page).getByRole('combobox', { name: 'Search members' }),
    act: (box) => typeInto(box, text),
    until: (page) => memberOption(page, member),
  };
}

const memberOption = (page, member) => addPanel(page).getByRole('menuitemcheckbox', { name: new RegExp(`^${member}`) });

/** Pick the person in the results, then close the list (it stays open for more picks) by selecting outside it. */
export function selectMember(member) {
  return {
    name: `select-${slugOf(member)}`,
    say: `Select **${member}**, then select outside the list to close it.`,
    alt: `The member search results, with ${member} outlined`,
    target: (page) => memberOption(page, member),
    act: async (option, page) => {
      await option.click();
      await addPanel(page).getByRole('heading', { name: 'Select member(s)' }).click();
    },
    until: (page) => addPanel(page).getByRole('toolbar', { name: /^Selected members/ }).getByRole('button', { name: new RegExp(`^${member}`) }),
  };
}

/** Select Add in the panel, and wait for the blade's confirmation once the panel has closed. */
export function selectAdd(confirmation) {
  return {
    name: 'select-add',
    say: 'Select **Add**.',
    alt: 'The Add assignments panel with the member selected, and Add outlined',
    target: (page) => addPanel(page).getByRole('button', { name: 'Add', exact: true }),
    until: (page) => page.getByRole('status').filter({ hasText: confirmation }),
  };
}

/** The Add assignments panel has closed and the blade says what was added. */
export function assignmentAdded(confirmation, { say, alt }) {
  return {
    name: 'assignment-added',
    say,
    alt,
    shows: (page) => page.getByRole('status').filter({ hasText: confirmation }),
  };
}

export function slugOf(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export { addPanel };
