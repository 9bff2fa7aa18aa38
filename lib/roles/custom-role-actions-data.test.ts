import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The allowlist is hand-copied from Microsoft Learn (see data/PROVENANCE.md); the portal and the emulator each
// keep their own copy, so this checks the two copies agree and that the copy is well formed.

const root = fileURLToPath(new URL('../../', import.meta.url));
const portalText = readFileSync(`${root}lib/roles/data/custom-role-actions.json`, 'utf8');
const emulatorText = readFileSync(`${root}emulator/seed/custom-role-actions.json`, 'utf8');

type Data = {
  source: { gathered: string; repository: string; commit: string; note: string };
  categories: { id: string; label: string; source: string; file: string }[];
  actions: { action: string; category: string; description: string }[];
};
const data = JSON.parse(portalText) as Data;
const categoryOf = (action: string) => data.actions.find((a) => a.action === action)?.category;

describe('custom-role-actions.json', () => {
  it('is byte-identical in the portal and the emulator', () => {
    expect(emulatorText).toBe(portalText);
  });

  it('names the six Learn pages as its categories, in order', () => {
    expect(data.categories.map((c) => c.id)).toEqual([
      'appRegistrations',
      'enterpriseApps',
      'consent',
      'devices',
      'users',
      'groups',
    ]);
    for (const c of data.categories) {
      const page = c.file.replace(/^docs\/identity\/role-based-access-control\//, '').replace(/\.md$/, '');
      expect(c.source).toBe(`https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/${page}`);
    }
  });

  it('holds only well-formed microsoft.directory actions, each once, with a description', () => {
    const shape = /^microsoft\.directory\/[A-Za-z0-9.{}]+(\/[A-Za-z0-9.{}]+)+$/;
    for (const a of data.actions) {
      expect(a.action).toMatch(shape);
      expect(a.description.trim()).not.toBe('');
      expect(a.description).not.toMatch(/\]\(/);
    }
    const names = data.actions.map((a) => a.action);
    expect(new Set(names).size).toBe(names.length);
  });

  it('refers only to listed categories, and each has at least four actions', () => {
    const ids = new Set(data.categories.map((c) => c.id));
    for (const a of data.actions) expect(ids).toContain(a.category);
    for (const id of ids) expect(data.actions.filter((a) => a.category === id).length).toBeGreaterThanOrEqual(4);
  });

  it('agrees with facts stated on the pages', () => {
    expect(categoryOf('microsoft.directory/applications/credentials/update')).toBe('appRegistrations');
    expect(categoryOf('microsoft.directory/applications.myOrganization/delete')).toBe('appRegistrations');
    expect(categoryOf('microsoft.directory/servicePrincipals/appRoleAssignedTo/update')).toBe('enterpriseApps');
    expect(categoryOf('microsoft.directory/servicePrincipals/managePermissionGrantsForAll.{id}')).toBe('consent');
    expect(categoryOf('microsoft.directory/bitlockerKeys/key/read')).toBe('devices');
    expect(categoryOf('microsoft.directory/users/manager/update')).toBe('users');
    expect(categoryOf('microsoft.directory/groups.security.assignedMembership/members/update')).toBe('groups');
    expect(categoryOf('microsoft.directory/groups/delete')).toBe('groups');
    // Not on any page: user disable, password reset, user delete, subtype-specific group delete.
    for (const absent of [
      'microsoft.directory/users/disable',
      'microsoft.directory/users/password/update',
      'microsoft.directory/users/delete',
      'microsoft.directory/groups.unified/delete',
    ]) {
      expect(categoryOf(absent)).toBeUndefined();
    }
    // dynamicMembershipRule/update exists only for groups, groups.unified and groups.security.
    expect(categoryOf('microsoft.directory/groups.security.assignedMembership/dynamicMembershipRule/update')).toBeUndefined();
    expect(
      data.actions.find((a) => a.action === 'microsoft.directory/users/scopedRoleMemberOf/read')?.description,
    ).toBe("Read user's membership of a Microsoft Entra role, that is scoped to an administrative unit");
  });
});
