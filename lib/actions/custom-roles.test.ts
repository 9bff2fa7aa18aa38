// New custom role, Edit and Delete against the emulator's Contoso tenant: as Patti Fernandez (Privileged Role
// Administrator) and Isaiah Langer (Global Reader). Every role here is created by the test, with a name of its own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoleAssignment, deleteRoleAssignment } from '@/lib/graph/role-assignments';
import { findRoleDefinitionsByName, getRoleDefinition } from '@/lib/graph/role-definitions';
import { getMe } from '@/lib/graph/users';
import { CUSTOM_ROLES_DENIED } from '@/lib/roles/custom-role-body';
import { customRoleInputSchema, type CustomRoleInput } from '@/lib/roles/custom-role-input';
import { admin, builtInRoles, graphAs, servedFor } from '@/tests/graph-fixtures';
import { createCustomRoleFor, deleteCustomRoleFor, updateCustomRoleFor } from './custom-roles';

vi.mock('server-only', () => ({}));

const credentials = 'microsoft.directory/applications/credentials/update';
const role = (displayName: string, actions = [credentials], description = ''): CustomRoleInput =>
  customRoleInputSchema.parse({ displayName, description, isEnabled: true, actions });

afterEach(async () => admin().clearFaults());

describe('New custom role', () => {
  it('creates the role Graph confirms and names the blades that show it', async () => {
    const { graph, log } = await graphAs('PattiF');
    const outcome = await createCustomRoleFor(graph, role('Test Credential Rotator', [credentials, 'Microsoft.Directory/Applications/Owners/Update', credentials]));
    expect(outcome.result).toMatchObject({ ok: true, message: 'Created custom role Test Credential Rotator.' });
    const id = (outcome.result as { roleId: string }).roleId;
    expect(outcome.changed.map((blade) => blade.path)).toEqual(['/roles', `/roles/${id}`, '/my-roles']);
    const created = await getRoleDefinition(graph, id);
    expect(created?.rolePermissions[0]?.allowedResourceActions).toEqual([credentials, 'Microsoft.Directory/Applications/Owners/Update']);
    const posted = (await servedFor(log)).filter((served) => served.method === 'POST');
    expect(posted).toHaveLength(1);
  });

  it('says in Graph\u2019s words why an action is refused, and creates nothing', async () => {
    const { graph } = await graphAs('PattiF');
    const outcome = await createCustomRoleFor(graph, role('Test Disabler', [credentials, 'microsoft.directory/users/disable']));
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.message).toBe(
      'Test Disabler was not created: Microsoft Graph refused it: \u201CAction \'microsoft.directory/users/disable\' is not supported for Custom Role creation\u201D Nothing was created.',
    );
    expect(outcome.changed).toEqual([]);
    expect(await findRoleDefinitionsByName(graph, 'Test Disabler')).toEqual([]);
  });

  it('tells a Global Reader which role creating needs', async () => {
    const { graph } = await graphAs('IsaiahL');
    const outcome = await createCustomRoleFor(graph, role('Test Reader Attempt'));
    expect(outcome.result.message).toBe(`Test Reader Attempt was not created: ${CUSTOM_ROLES_DENIED} Nothing was created.`);
  });

  it('does not claim a create whose answer was a 500 and whose re-read failed: its fate is unknown', async () => {
    // Graph starts failing once the POST is on its way: the name check before it was answered.
    const failFromPost: typeof fetch = async (input, init) => {
      if (init?.method === 'POST') await admin().setFaults({ paths: '^/roleManagement/directory/roleDefinitions', rate500: 1 });
      return fetch(input, init);
    };
    const { graph } = await graphAs('PattiF', { fetchImpl: failFromPost });
    const outcome = await createCustomRoleFor(graph, role('Test Lost Answer'));
    expect(outcome.result.ok).toBe(false);
    expect(outcome.result.message).toMatch(/^Unknown whether Test Lost Answer was created: Microsoft Graph\u2019s answer was lost\./);
    expect(outcome.changed.map((blade) => blade.path)).toContain('/roles');
  });

  it('refuses a name another role has, and says nothing was sent when the name could not be checked', async () => {
    const { graph, log } = await graphAs('PattiF');
    expect((await createCustomRoleFor(graph, role('Test Twin'))).result.ok).toBe(true);
    const twin = await createCustomRoleFor(graph, role('test twin'));
    expect(twin.result).toMatchObject({ ok: false, message: 'test twin was not created: A custom role named Test Twin already exists: choose another name. Nothing was created.' });
    expect((twin.result as { fieldErrors?: Record<string, string[]> }).fieldErrors?.displayName).toHaveLength(1);
    expect((await createCustomRoleFor(graph, role('Global Administrator'))).result.message).toBe(
      'Global Administrator was not created: A built-in role named Global Administrator already exists: choose another name. Nothing was created.',
    );
    expect((await servedFor(log)).filter((served) => served.method === 'POST')).toHaveLength(1);

    await admin().setFaults({ paths: '^/roleManagement/directory/roleDefinitions', rate500: 1 });
    const unchecked = await createCustomRoleFor(graph, role('Test Unchecked'));
    expect(unchecked.result.message).toBe('Test Unchecked was not created: Microsoft Graph failed while the name was checked, so nothing was sent. Try again in a moment.');
    expect(unchecked.changed).toEqual([]);
    await admin().clearFaults();
    expect(await findRoleDefinitionsByName(graph, 'Test Unchecked')).toEqual([]);
  });
});

describe('Edit custom role', () => {
  it('PATCHes only what the admin changed, so a rename made meanwhile by someone else stays', async () => {
    const { graph, log } = await graphAs('PattiF');
    const created = await createCustomRoleFor(graph, role('Test Editable', [credentials], 'First words'));
    const id = (created.result as { roleId: string }).roleId;
    const before = role('Test Editable', [credentials], 'First words');
    expect((await updateCustomRoleFor(graph, { roleId: id, before, after: role('Test Editable Renamed', [credentials], 'First words') })).result.ok).toBe(true);
    const outcome = await updateCustomRoleFor(graph, { roleId: id, before, after: role('Test Editable', [credentials, 'microsoft.directory/applications/audience/update'], 'Second words') });
    expect(outcome.result).toMatchObject({ ok: true, message: 'Saved Test Editable.' });
    const now = await getRoleDefinition(graph, id);
    expect(now).toMatchObject({ displayName: 'Test Editable Renamed', description: 'Second words' });
    expect(now?.rolePermissions[0]?.allowedResourceActions).toEqual([credentials, 'microsoft.directory/applications/audience/update']);
    const patches = (await servedFor(log)).filter((served) => served.method === 'PATCH');
    expect(patches).toHaveLength(2);
  });

  it('refuses a rename to the name of another role, and changes nothing', async () => {
    const { graph } = await graphAs('PattiF');
    const first = await createCustomRoleFor(graph, role('Test Rename Source'));
    expect((await createCustomRoleFor(graph, role('Test Rename Target'))).result.ok).toBe(true);
    const id = (first.result as { roleId: string }).roleId;
    const outcome = await updateCustomRoleFor(graph, { roleId: id, before: role('Test Rename Source'), after: role('Test Rename Target') });
    expect(outcome.result.message).toBe('Test Rename Source was not changed: A custom role named Test Rename Target already exists: choose another name. Nothing was changed.');
    expect((await getRoleDefinition(graph, id))?.displayName).toBe('Test Rename Source');
  });

  it('says a role deleted meanwhile no longer exists, and refuses to edit a built-in role', async () => {
    const { graph } = await graphAs('PattiF');
    const created = await createCustomRoleFor(graph, role('Test Vanishing'));
    const id = (created.result as { roleId: string }).roleId;
    await deleteCustomRoleFor(graph, { roleId: id, roleName: 'Test Vanishing' });
    const outcome = await updateCustomRoleFor(graph, { roleId: id, before: role('Test Vanishing'), after: role('Test Vanishing 2') });
    expect(outcome.result).toMatchObject({ ok: false, message: 'Test Vanishing was not changed: it no longer exists (someone may have deleted it).' });
    expect(outcome.changed.map((blade) => blade.path)).toContain('/roles');
    const builtIn = await updateCustomRoleFor(graph, { roleId: builtInRoles.globalReader, before: role('Global Reader'), after: role('Global Reader 2') });
    expect(builtIn.result.message).toBe('Global Reader is a built-in role: its permissions can\u2019t be changed. Clone it into a custom role instead.');
  });
});

describe('Delete custom role', () => {
  it('is refused in Graph\u2019s words while the role is assigned, and deletes once it is not', async () => {
    const { graph } = await graphAs('PattiF');
    const created = await createCustomRoleFor(graph, role('Test Assigned Then Deleted'));
    const id = (created.result as { roleId: string }).roleId;
    const isaiah = (await getMe((await graphAs('IsaiahL')).graph)).id;
    const held = await createRoleAssignment(graph, { roleDefinitionId: id, principalId: isaiah, directoryScopeId: '/' });
    const refused = await deleteCustomRoleFor(graph, { roleId: id, roleName: 'Test Assigned Then Deleted' });
    expect(refused.result.message).toBe(
      'Test Assigned Then Deleted was not deleted: Microsoft Graph refused it: \u201CThe role definition cannot be deleted because it has role assignments. Remove the assignments first.\u201D Nothing was deleted.',
    );
    expect(await getRoleDefinition(graph, id)).not.toBeNull();
    await deleteRoleAssignment(graph, held.id);
    const deleted = await deleteCustomRoleFor(graph, { roleId: id, roleName: 'Test Assigned Then Deleted' });
    expect(deleted.result).toMatchObject({ ok: true, message: 'Deleted custom role Test Assigned Then Deleted.' });
    expect(await getRoleDefinition(graph, id)).toBeNull();
  });
});
