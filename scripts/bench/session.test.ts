import { describe, expect, inject, it } from 'vitest';
import { accounts } from '../../tests/demo-tenant.mjs';
import { jwtClaims, signInAsUser } from '../../tests/headless-sign-in.mjs';
import { appToken, graphGet, userToken } from './session.mjs';

// The headless sign-in the bench, the load script and the lib tests share, against the global setup's emulator.
// The portal origin is the demo's: the emulator accepts only its registered redirect URI.
const portalOrigin = 'http://localhost:3000';
const patti = accounts.privilegedRoleAdministrator;

describe('the headless sign-in', () => {
  it.each([patti.upn, patti.upn.split('@')[0] ?? '', patti.displayName])('signs in as Patti Fernandez picked by %s', async (user) => {
    const token = await signInAsUser({ origin: inject('emulatorOrigin'), tenantId: inject('tenantId') }, user);
    expect(jwtClaims(token)).toMatchObject({ upn: patti.upn, tid: inject('tenantId') });
  });

  it("posts the account's id when the picker does not list the account, and refuses without one", async () => {
    const authority = { origin: inject('emulatorOrigin'), tenantId: inject('tenantId') };
    const { id } = (await graphGet(authority.origin, await appToken(authority.origin), `/users/${patti.upn}?$select=id`)) as { id: string };
    const token = await signInAsUser(authority, 'Nobody On The Picker', { accountIdFor: async () => id });
    expect(jwtClaims(token)).toMatchObject({ oid: id });
    await expect(signInAsUser(authority, 'Nobody On The Picker')).rejects.toThrow(/does not offer Nobody On The Picker/);
  });
});

describe("the bench's session", () => {
  it('signs in through the picker for the portal at its origin', async () => {
    const { token, via } = await userToken(inject('emulatorOrigin'), portalOrigin, patti.upn);
    expect(via).toBe('picker');
    expect(jwtClaims(token)).toMatchObject({ upn: patti.upn });
  });

  it('gets an app-only token for Contoso Automation', async () => {
    expect(jwtClaims(await appToken(inject('emulatorOrigin')))).toMatchObject({ idtyp: 'app' });
  });
});
