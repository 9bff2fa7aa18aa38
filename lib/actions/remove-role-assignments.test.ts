// Remove assignment against the emulator's Contoso tenant, as Patti Fernandez (Privileged Role Administrator) unless
// a test says otherwise. Each test creates what it removes, on people no other test file uses, and anything left
// is deleted afterwards: other files share this emulator.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { listAdministrativeUnits } from '@/lib/graph/administrative-units';
import { createRoleAssignment, deleteRoleAssignments, getRoleAssignment, listRoleAssignments } from '@/lib/graph/role-assignments';
import { listUsers } from '@/lib/graph/users';
import type { SignedInGraph } from '@/lib/auth/session';
import { admin, builtInRoles, graphAs, servedFor, type RecordingGraph } from '@/tests/graph-fixtures';
import { removeRoleAssignmentsFor, type RemoveRoleAssignmentsInput } from './remove-role-assignments';

// `server-only` refuses to load outside a React server bundle; these tests are the server.
vi.mock('server-only', () => ({}));

const role = builtInRoles.helpdeskAdministrator;
const ids: Record<string, string> = {};
const id = (name: string) => {
  const found = ids[name];
  if (!found) throw new Error(`No object named ${name} in the demo tenant`);
  return found;
};
let seattle: string;

beforeAll(async () => {
  const { graph } = await graphAs('app');
  const [{ users }, units] = await Promise.all([listUsers(graph), listAdministrativeUnits(graph)]);
  for (const item of [...users, ...units]) if (item.displayName) ids[item.displayName] = item.id;
  seattle = `/administrativeUnits/${id('Seattle')}`;
});

afterEach(async () => {
  await admin().clearFaults();
  const { graph } = await graphAs('PattiF');
  const left = await listRoleAssignments(graph, { principalIds: [id('Carlos Mendez'), id('Dana Whitfield')] });
  await deleteRoleAssignments(graph, left.map((a) => a.id));
});

type RecordingAdmin = SignedInGraph & RecordingGraph;

async function as(who: string, name: string): Promise<RecordingAdmin> {
  const { graph, log } = await graphAs(who);
  return { graph, userId: id(name), log };
}

const patti = () => as('PattiF', 'Patti Fernandez');

async function assign(principalName: string, directoryScopeId = '/', roleDefinitionId: string = role): Promise<string> {
  const { graph } = await graphAs('PattiF');
  return (await createRoleAssignment(graph, { roleDefinitionId, principalId: id(principalName), directoryScopeId })).id;
}

const input = (assignmentIds: string[], more: Partial<RemoveRoleAssignmentsInput> = {}): RemoveRoleAssignmentsInput => ({
  roleId: role, assignmentIds, principalIds: [], lastHolderConfirmed: false, ...more,
});

describe('removeRoleAssignmentsFor', () => {
  it('removes the selected assignments in one batch and names each with its scope', async () => {
    const atDirectory = await assign('Carlos Mendez');
    const atSeattle = await assign('Dana Whitfield', seattle);
    const signedIn = await patti();
    const { result, changed } = await removeRoleAssignmentsFor(signedIn, input([atDirectory, atSeattle], {
      principalIds: [id('Carlos Mendez'), id('Dana Whitfield')],
    }));
    expect(result).toEqual({
      ok: true,
      message: 'Removed 2 assignments of Helpdesk Administrator.',
      details: ['Removed Carlos Mendez at Directory.', 'Removed Dana Whitfield at Seattle (Administrative unit).'],
    });
    expect(changed).toEqual(expect.arrayContaining([
      { path: '/roles', type: 'page' },
      { path: `/roles/${role}`, type: 'layout' },
      { path: `/admin-units/${id('Seattle')}`, type: 'layout' },
      { path: `/users/${id('Carlos Mendez')}`, type: 'layout' },
    ]));
    // One DELETE per assignment, all in the batch that follows the re-read.
    const served = await servedFor(signedIn.log);
    expect(served.filter((r) => r.method === 'DELETE')).toHaveLength(2);
    expect(await listRoleAssignments(signedIn.graph, { principalIds: [id('Carlos Mendez'), id('Dana Whitfield')] })).toEqual([]);
  });

  describe('refuses before the first delete, and changes nothing', () => {
    async function refused(signedIn: RecordingAdmin, request: RemoveRoleAssignmentsInput) {
      const { result, changed } = await removeRoleAssignmentsFor(signedIn, request);
      expect(result.ok).toBe(false);
      expect(changed).toEqual([]);
      expect((await servedFor(signedIn.log)).filter((r) => r.method === 'DELETE')).toEqual([]);
      return result.message;
    }

    it('an assignment id that is not (or no longer) one of the role\u2019s', async () => {
      const kept = await assign('Carlos Mendez');
      const message = await refused(await patti(), input([kept, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-1']));
      expect(message).toBe('Some of the selected assignments no longer exist for this role. Select Refresh and try again; nothing was changed.');
      expect(await getRoleAssignment((await patti()).graph, kept)).not.toBeNull();
    });

    it('an assignment of another role, even when its id is real', async () => {
      const other = await assign('Carlos Mendez', '/', builtInRoles.messageCenterReader);
      const message = await refused(await patti(), input([other]));
      expect(message).toMatch(/^Some of the selected assignments no longer exist for this role/);
    });

    it('the admin\u2019s own Global Administrator assignment', async () => {
      const megan = await as('MeganB', 'Megan Bowen');
      const [own] = await listRoleAssignments(megan.graph, { roleDefinitionId: builtInRoles.globalAdministrator, principalIds: [id('Megan Bowen')] });
      const message = await refused(megan, input([own?.id ?? ''], { roleId: builtInRoles.globalAdministrator }));
      expect(message).toBe('You can\u2019t remove your own Global Administrator assignment. Ask another Global Administrator to remove it.');
    });

    it('the last Privileged Role Administrator at directory scope, without the second confirmation', async () => {
      const signedIn = await patti();
      const holders = await listRoleAssignments(signedIn.graph, { roleDefinitionId: builtInRoles.privilegedRoleAdministrator, directoryScopeId: '/' });
      expect(holders.map((a) => a.principalId)).toEqual([id('Patti Fernandez')]);
      const message = await refused(signedIn, input(holders.map((a) => a.id), { roleId: builtInRoles.privilegedRoleAdministrator }));
      expect(message).toBe('This is the last Privileged Role Administrator assignment at directory scope: it goes only with a second confirmation.');
    });

    it('a role that does not exist', async () => {
      const message = await refused(await patti(), input(['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-1'], { roleId: '00000000-0000-4000-8000-00000000f00d' }));
      expect(message).toBe('This role doesn\u2019t exist, or was deleted. Nothing was changed.');
    });
  });

  it('reports Graph\u2019s 403 per assignment for an admin who can\u2019t change roles, and refreshes nothing', async () => {
    const assignment = await assign('Carlos Mendez');
    const { result, changed } = await removeRoleAssignmentsFor(await as('IsaiahL', 'Isaiah Langer'), input([assignment]));
    expect(result.ok).toBe(false);
    expect(result.details?.[0]).toMatch(/^Not removed: Carlos Mendez at Directory: You don't have permission to do this\./);
    expect(changed).toEqual([]);
    expect(await getRoleAssignment((await patti()).graph, assignment)).not.toBeNull();
  });

  it('says the outcome is unknown when neither the delete\u2019s answer nor the re-read comes back', async () => {
    const lost = await assign('Carlos Mendez');
    const removed = await assign('Dana Whitfield');
    // Only this assignment's own path fails, for as short a time as possible: the other files use the emulator too.
    await admin().setFaults({ paths: `^/roleManagement/directory/roleAssignments/${lost.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, rate500: 1 });
    const { result, changed } = await removeRoleAssignmentsFor(await patti(), input([lost, removed]));
    await admin().clearFaults();
    expect(result).toMatchObject({
      ok: false,
      message: 'Removed 1 of 2 assignments of Helpdesk Administrator; 1 unknown: check again below.',
      details: [
        'Unknown: Carlos Mendez at Directory: Microsoft Graph failed and could not be re-read, so it may or may not have been removed. Check again.',
        'Removed Dana Whitfield at Directory.',
      ],
    });
    // What may have changed is refreshed too: both holders' blades.
    expect(changed).toEqual(expect.arrayContaining([
      { path: `/users/${id('Carlos Mendez')}`, type: 'layout' },
      { path: `/users/${id('Dana Whitfield')}`, type: 'layout' },
    ]));
  });
});
